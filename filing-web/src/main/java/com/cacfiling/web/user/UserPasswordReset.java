package com.cacfiling.web.user;

import java.util.UUID;

/**
 * An administrator reset an account's password: a password somebody else may know (the reason for most resets
 * besides a forgotten one), so what was created with it outside a session (its API tokens) ends too; found in a
 * review: a token created with a stolen password outlived the reset.
 */
public record UserPasswordReset(UUID userId) {
}
