package com.cacfiling.web.system;

import org.springframework.ui.Model;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the pages of filings, services and obligations show an administrator: administrators manage accounts,
 * companies and access and reach no filing, so such a page says that and leads to their own pages, instead of a
 * list that is always empty (found in a walk: "No filings yet." while filings existed, "ask an administrator").
 */
public final class AdministratorsSeeNoFilings {

    private AdministratorsSeeNoFilings() {
    }

    /** The view, under the title of the page asked for ({@code titleKey}, a message key). */
    public static String page(Model model, String titleKey) {
        model.addAttribute("titleKey", titleKey);
        return "administrators-see-no-filings";
    }

    /**
     * The same page where the answer would otherwise be a file (the spreadsheet exports): a bookmarked or typed
     * export link is told what the page says, not handed an empty sheet as if there were no filings (walk).
     */
    public static ModelAndView view(String titleKey) {
        return new ModelAndView("administrators-see-no-filings", java.util.Map.of("titleKey", titleKey));
    }
}
