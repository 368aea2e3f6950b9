package cn.gridledger.model.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PovertyEducationAndStudentStatusTest {

    @ParameterizedTest
    @CsvSource({"文盲或半文盲,文盲或半文盲", "小学,小学", "初中,初中", "高中,高中", "中专,高中", "大专,大专",
        "大学专科,大专", "本科及以上,本科及以上", "本科,本科及以上", "研究生,本科及以上", "文盲,文盲或半文盲"})
    void readsPovertyWording(String raw, String expected) {
        assertEquals(Optional.of(PovertyEducation.valueOf(expected)), PovertyEducation.match(raw));
    }

    @Test
    void povertyEducationRejectsNoise() {
        assertTrue(PovertyEducation.match("学龄前儿童").isEmpty());
        assertTrue(PovertyEducation.match("").isEmpty());
        assertEquals(6, PovertyEducation.all().size());
    }

    @ParameterizedTest
    @CsvSource({"普通高中一年级,普通高中一年级", "高中一年级,普通高中一年级", "高一,普通高中一年级", "普通高中3年级,普通高中三年级",
        "初一,七年级", "七年级,七年级", "九年级,九年级", "中职2年级,中职二年级", "高职高专三年级,高职高专三年级",
        "技师学院四年级,技师学院四年级", "本科五年级,本科五年级", "大一,本科一年级", "小学,小学", "小学三年级,小学",
        "学龄前儿童,学龄前儿童", "幼儿园,学前教育", "硕士研究生及以上,硕士研究生及以上", "博士,硕士研究生及以上",
        "  普通高中 一年级 ,普通高中一年级"})
    void readsStudentStatus(String raw, String expected) {
        assertEquals(Optional.of(StudentStatus.valueOf(expected)), StudentStatus.match(raw), raw);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "技师学院五年级", "本科六年级", "高中", "大学"})
    void studentStatusRejectsOutOfList(String raw) {
        assertTrue(StudentStatus.match(raw).isEmpty(), raw);
    }

    @Test
    void compulsoryEducationIsPrimaryAndJunior() {
        assertTrue(StudentStatus.八年级.isCompulsoryEducation());
        assertFalse(StudentStatus.普通高中一年级.isCompulsoryEducation());
        assertEquals(25, StudentStatus.all().size());
    }
}
