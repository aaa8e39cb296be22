/**
 * Who is asking and what they may reach: sign-in (throttled, audited), sessions, the API's bearer tokens, the
 * signed-in {@link com.cacfiling.web.security.PortalUser} and {@link com.cacfiling.web.security.CompanyAccess}, the
 * one check of every company-bound request.
 */
package com.cacfiling.web.security;
