package com.cacfiling.web.system;

import java.util.function.UnaryOperator;

/**
 * A change refused because what it changes is not being edited now (a large-model filing in review or ready to
 * file): answered 409 with the reason, as the algorithm filing's moves are.
 */
public class NotEditableException extends RuntimeException {

    private final String backTo;

    private final transient UnaryOperator<String> words;

    /** {@code backTo}: the page that says why (the filing's review page), linked from the refusal. */
    public NotEditableException(String what, String backTo) {
        this(what, backTo, UnaryOperator.identity());
    }

    /**
     * As above, the refusal's words as the refused record words them: a large-model registration's keys end in
     * ".registration" (the page said "此备案" and "返回此备案" of a registration, found in a walk).
     */
    public NotEditableException(String what, String backTo, UnaryOperator<String> words) {
        this(what, backTo, words, false);
    }

    /**
     * As above; {@code move}: what was refused is a move of the workflow (submit, return, ready, reopen), not an
     * edit, so the page does not say "this change was not saved" (found in a review).
     */
    public NotEditableException(String what, String backTo, UnaryOperator<String> words, boolean move) {
        super(what + (move ? " cannot make this move in its current status" : " is not editable in its current status"));
        this.backTo = backTo;
        this.words = words;
        this.move = move;
    }

    private final boolean move;

    public boolean isMove() {
        return move;
    }

    public String backTo() {
        return backTo;
    }

    /** The key of a message of the refusal, as the refused record words it. */
    public String wordsOf(String key) {
        return words == null ? key : words.apply(key);
    }
}
