package cn.gridledger.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** {@link UiLook#keepTextWhole}: labels keep their text, and a label whose size a skin binds is left alone. */
@ExtendWith(ApplicationExtension.class)
class KeepTextWholeUiTest {

    @Test
    void aLabelSizedByItsSkinIsLeftAlone() {
        // a tooltip's skin binds its label's size; the first tooltip shown used to end in
        // “Label.minWidth : A bound value cannot be set” on the FX thread
        Label bound = new Label("把选中的这一户加入本次走访");
        SimpleDoubleProperty width = new SimpleDoubleProperty(Region.USE_COMPUTED_SIZE);
        bound.minWidthProperty().bind(width);
        Label wrapping = new Label("很长的说明");
        wrapping.setWrapText(true);
        SimpleDoubleProperty height = new SimpleDoubleProperty(Region.USE_COMPUTED_SIZE);
        wrapping.minHeightProperty().bind(height);
        Button plain = new Button("再加一户");
        VBox root = new VBox(bound, wrapping, plain);

        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            UiLook.keepTextWhole(root);
            return null;
        });

        assertEquals(Region.USE_COMPUTED_SIZE, bound.getMinWidth());
        assertEquals(Region.USE_COMPUTED_SIZE, wrapping.getMinHeight());
        assertEquals(Region.USE_PREF_SIZE, plain.getMinWidth(), "an unbound button still keeps its text whole");
    }
}
