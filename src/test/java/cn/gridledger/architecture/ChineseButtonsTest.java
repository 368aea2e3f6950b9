package cn.gridledger.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import javafx.scene.control.ButtonType;

/**
 * JavaFX's predefined buttons (OK, Cancel, Yes, No, Close…) take their text from the machine's locale,
 * so on an English Windows they read "OK"/"Cancel". Dialogs use Chinese ButtonTypes instead.
 */
class ChineseButtonsTest {

    @Test
    void noDialogUsesTheLocaleDependentStandardButtons() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.gridledger");
        for (String field : new String[] {"OK", "CANCEL", "YES", "NO", "CLOSE", "APPLY", "FINISH", "NEXT", "PREVIOUS"}) {
            noClasses().should().accessField(ButtonType.class, field)
                    .because("按钮文字必须是中文（" + field + " 会随系统语言显示英文）")
                    .check(classes);
        }
    }
}
