package com.cacfiling.domain.largemodel;

/** What the service generates, as part (1) of the 上线备案表 lists it (人机对话 / 文字 / 图片 / 声音 / 视频 / 代码). */
public enum ModelFunction {
    DIALOGUE,
    TEXT,
    IMAGE,
    VOICE,
    VIDEO,
    CODE
}
