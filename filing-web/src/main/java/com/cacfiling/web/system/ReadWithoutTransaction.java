package com.cacfiling.web.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A page's reads without a transaction of their own (Spring's {@code SUPPORTS}: inside a running transaction they
 * join it). One entity manager still serves the whole method, so lazy associations load as before; each statement
 * commits by itself, which under READ COMMITTED reads exactly the same (every statement takes its own snapshot either
 * way) and spares the COMMIT's round trip to PostgreSQL that a read-only transaction costs every page view.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
public @interface ReadWithoutTransaction {
}
