/**
 * API tokens: issued once in clear (stored as a hash), checked in one statement per request, revoked by their owner,
 * an administrator, or the deactivation of their user.
 */
package com.cacfiling.web.token;
