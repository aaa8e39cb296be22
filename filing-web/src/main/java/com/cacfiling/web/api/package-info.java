/**
 * The REST API under {@code /api/v1} (bearer tokens of {@link com.cacfiling.web.token}): filings read and written
 * as dossier JSON with ETags and {@code If-Match}, their findings, imports, and the OpenAPI description. Errors are
 * problem JSON.
 */
package com.cacfiling.web.api;
