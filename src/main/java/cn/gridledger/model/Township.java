package cn.gridledger.model;

/** The township an installation serves (乡/镇/街道, 9-digit code) and its county (6-digit GB/T 2260 code). */
public record Township(String code, String name, String countyCode, String countyName) {
}
