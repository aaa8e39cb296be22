package com.cacfiling.web.security;

import java.util.UUID;

/**
 * Sign-ins to an existing account failed so often that someone is guessing its password (the {@link LoginThrottle}
 * now holds it back): the account's owner and the administrators should hear of it.
 */
public record SignInAttackSuspected(UUID userId, String username) {
}
