/**
 * A filing's documents (report, forms, self-assessment, commitment letter; PDF, Word, Excel) and its dossier ZIP,
 * rendered by filing-docs from the filing's one source of truth, cached per version, within a time budget.
 */
package com.cacfiling.web.document;
