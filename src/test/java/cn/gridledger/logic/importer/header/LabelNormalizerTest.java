package cn.gridledger.logic.importer.header;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LabelNormalizerTest {

    @Test
    void reducesLabelsToComparableWords() {
        assertEquals("姓名", LabelNormalizer.normalize("姓  名"));
        assertEquals("项目", LabelNormalizer.normalize("项\u3000目"));
        assertEquals("专业技术职务", LabelNormalizer.normalize("专业技术\r\n职务"));
        assertEquals("身份证号", LabelNormalizer.normalize("身份证号*"));
        assertEquals("姓名", LabelNormalizer.normalize("＊姓名"));
        assertEquals("身份证号码", LabelNormalizer.normalize("身份证号码（必填）"));
        assertEquals("联系电话", LabelNormalizer.normalize("联系电话(必填)："));
        assertEquals("联系电话", LabelNormalizer.normalize("联系电话："));
        assertEquals("务工时间(月)", LabelNormalizer.normalize("务工时间（月）"));
        assertEquals("ID号", LabelNormalizer.normalize("ＩＤ号"));
    }
}
