package com.cacfiling.web.system;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Messages without arguments, resolved once per code and language and then kept (the bundles never change while the
 * portal runs). With {@code spring.messages.always-use-message-format} every label of every page went through a
 * shared, synchronized {@link java.text.MessageFormat}: measured as lock contention in step pages under load.
 * Messages with arguments are resolved as before.
 */
@Component
class CachedMessages implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME.equals(beanName) && bean instanceof MessageSource source
                && !(bean instanceof Caching)) {
            return new Caching(source);
        }
        return bean;
    }

    static final class Caching implements MessageSource {

        private final MessageSource delegate;
        private final Map<Locale, Map<String, String>> plain = new ConcurrentHashMap<>();

        Caching(MessageSource delegate) {
            this.delegate = delegate;
        }

        @Override
        public String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
            return delegate.getMessage(code, args, defaultMessage, locale);
        }

        @Override
        public String getMessage(String code, Object[] args, Locale locale) throws NoSuchMessageException {
            if (code == null || locale == null || (args != null && args.length > 0)) {
                return delegate.getMessage(code, args, locale);
            }
            Map<String, String> messages = plain.computeIfAbsent(locale, any -> new ConcurrentHashMap<>());
            String message = messages.get(code);
            if (message == null) {
                message = delegate.getMessage(code, args, locale);
                if (messages.size() < 20_000) {
                    messages.put(code, message);
                }
            }
            return message;
        }

        @Override
        public String getMessage(MessageSourceResolvable resolvable, Locale locale) throws NoSuchMessageException {
            return delegate.getMessage(resolvable, locale);
        }
    }
}
