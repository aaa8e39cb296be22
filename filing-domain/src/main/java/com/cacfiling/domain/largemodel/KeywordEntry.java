package com.cacfiling.domain.largemodel;

/** One row of the keyword interception list: 关键词 / 一级分类 / 二级分类, as the filer's sheet has them. */
public record KeywordEntry(String keyword, String category, String subcategory) {
}
