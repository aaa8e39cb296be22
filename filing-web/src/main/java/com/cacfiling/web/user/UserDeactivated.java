package com.cacfiling.web.user;

import java.util.UUID;

/**
 * An account was deactivated: what it could still use outside a session (its API tokens) ends with it, so that
 * activating it again later does not bring old credentials back.
 */
public record UserDeactivated(UUID userId) {
}
