/**
 * The shared kernel of the web tier, below every feature: error pages and problem JSON, languages, caches, paging and
 * list queries, audited entities, static assets, compression and request mappings. It knows no feature.
 */
package com.cacfiling.web.system;
