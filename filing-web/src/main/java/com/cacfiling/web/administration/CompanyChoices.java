package com.cacfiling.web.administration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The companies a user form offers to choose from: all of them while there are few; beyond {@link #SHOWN}, the
 * first by name and the one already chosen, and a search (the page's script asks {@code /admin/companies/choices})
 * finds the others. Only the columns a choice shows are read. The users page listed every company in two lists,
 * reading each with its Step 1 (found in a walk: 314 KB and 1.3–1.8 s with 1,003 companies).
 */
@Component
class CompanyChoices {

    /** Choices in a list at once; a search narrows them. */
    static final int SHOWN = 50;

    /** The choices offered and how many companies there are to choose from. */
    public record Offered(List<CompanyChoice> choices, long total) {

        public boolean partial() {
            return total > choices.size();
        }
    }

    private final EntityManager entities;

    CompanyChoices(EntityManager entities) {
        this.entities = entities;
    }

    /** The companies not archived that match the text (name, English name, credit code), by name, at most SHOWN. */
    @Transactional(readOnly = true)
    List<CompanyChoice> matching(String text) {
        String pattern = text == null || text.isBlank() ? "%" : com.cacfiling.web.system.ListQuery.like(text);
        return entities.createQuery("select new com.cacfiling.web.administration.CompanyChoice("
                        + "c.id, c.name, c.nameEn, c.creditCode) from Company c where c.archived = false and ("
                        + "lower(c.name) like :pattern escape '\\' or lower(coalesce(c.nameEn, '')) like :pattern "
                        + "escape '\\' or lower(coalesce(c.creditCode, '')) like :pattern escape '\\') "
                        + "order by c.name, c.id", CompanyChoice.class)
                .setParameter("pattern", pattern).setMaxResults(SHOWN).getResultList();
    }

    /** What a form offers: the first SHOWN by name, and the chosen company (when active) wherever it sorts. */
    @Transactional(readOnly = true)
    Offered offered(UUID chosen) {
        long total = entities.createQuery("select count(c) from Company c where c.archived = false", Long.class)
                .getSingleResult();
        List<CompanyChoice> choices = new ArrayList<>(matching(null));
        if (chosen != null && choices.stream().noneMatch(choice -> choice.id().equals(chosen))) {
            entities.createQuery("select new com.cacfiling.web.administration.CompanyChoice(c.id, c.name, "
                            + "c.nameEn, c.creditCode) from Company c where c.id = :id and c.archived = false",
                            CompanyChoice.class).setParameter("id", chosen).getResultList()
                    .forEach(choice -> choices.add(0, choice));
        }
        return new Offered(choices, total);
    }
}
