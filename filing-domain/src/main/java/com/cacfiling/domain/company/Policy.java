package com.cacfiling.domain.company;

/** One management policy of the responsibility table: its name as the entity calls it and what it provides. */
public record Policy(PolicyKind kind, String title, String content) {
}
