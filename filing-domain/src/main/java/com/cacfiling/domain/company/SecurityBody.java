package com.cacfiling.domain.company;

import java.time.LocalDate;

/** 一、算法安全专职机构: the dedicated algorithm-security body and its people and tools. */
public record SecurityBody(String name, LocalDate establishedOn, String setUp, Person head, String headExperience,
        String staffRequirements, Integer staffingSize, String technicalSafeguards) {

    public static SecurityBody empty() {
        return new SecurityBody(null, null, null, Person.empty(), null, null, null, null);
    }
}
