/**
 * A user's own profile: language, time zone, password (also the change an administrator's reset asks for) and the
 * user's API tokens.
 */
package com.cacfiling.web.profile;
