/**
 * User accounts: roles (officer, consultant, administrator), the consultant's companies, passwords and their policy,
 * invitations, language and time zone, and the names shown for people.
 */
package com.cacfiling.web.user;
