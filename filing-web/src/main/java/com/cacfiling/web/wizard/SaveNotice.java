package com.cacfiling.web.wizard;

/**
 * What a step's save says (the key of its notice), in the algorithm filing's wizard and the large-model filing's
 * alike: whether anything changed comes first, then whether values typed invalidly remain on the step (found in a
 * walk: a save that changed nothing said "draft saved, some values are not valid" and made no version).
 */
public final class SaveNotice {

    private SaveNotice() {
    }

    /**
     * @param changed  whether the save wrote anything
     * @param problems whether the step holds values typed invalidly after the save
     */
    public static String of(boolean changed, boolean problems) {
        if (problems) {
            return changed ? "wizard.savedWithProblems" : "wizard.unchangedWithProblems";
        }
        return changed ? "wizard.saved" : "wizard.unchanged";
    }
}
