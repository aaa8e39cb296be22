/**
 * The administrators' pages: client companies (create, rename, archive, restore), users (create, invite, change a
 * role with its confirmation, assign a consultant's companies, reset a password, deactivate) and every API token. Each
 * change is audited in the {@link com.cacfiling.web.changelog.ChangeLog}.
 */
package com.cacfiling.web.administration;
