package cn.gridledger.model;

/** A 网格长 or 网格员 in post at a grid (post id, person, post type, full time). */
public record GridStaff(long postId, long personId, String name, String idNumber, String phone, String postType,
        Boolean fullTime) {
}
