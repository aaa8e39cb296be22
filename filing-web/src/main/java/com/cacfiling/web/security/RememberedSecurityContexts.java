package com.cacfiling.web.security;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Set;

import com.cacfiling.web.system.Caches;
import com.github.benmanes.caffeine.cache.Cache;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextImpl;

/**
 * How the JDBC sessions read their attributes back: as Spring Session does (Java serialisation), except that the
 * security context is deserialised once per stored form instead of on every request (it was 5 % of the CPU of a
 * step GET and of a save). The same bytes always make the same context, so the authentication deserialised from
 * them is remembered, keyed by the bytes themselves; a sign-in, a sign-out or anything else that changes the stored
 * context stores other bytes. Every request still gets a context object of its own (a sign-out empties the one it
 * is given) sharing only the authentication, which nothing changes once it is stored: {@link PortalUser} is
 * immutable, the token's credentials are erased at sign-in, and nothing in the portal sets an authentication's
 * details or state afterwards. Every other attribute (flash messages, saved requests) is mutable and is deserialised
 * afresh every time.
 */
final class RememberedSecurityContexts implements GenericConverter {

    private final DeserializingConverter deserializer;
    private final Cache<ByteBuffer, Authentication> authentications;

    RememberedSecurityContexts(ClassLoader classLoader, long maximumSize) {
        this.deserializer = new DeserializingConverter(classLoader);
        this.authentications = Caches.caffeine().maximumSize(maximumSize)
                .expireAfterAccess(Duration.ofMinutes(30)).build();
    }

    /** Spring Session's own conversions with this one for reading. */
    static GenericConversionService conversionService(ClassLoader classLoader) {
        GenericConversionService conversions = new GenericConversionService();
        conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
        conversions.addConverter(new RememberedSecurityContexts(classLoader, 2_000));
        return conversions;
    }

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
        return Set.of(new ConvertiblePair(byte[].class, Object.class));
    }

    @Override
    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
        if (source == null) {
            return null;
        }
        byte[] stored = (byte[]) source;
        ByteBuffer key = ByteBuffer.wrap(stored).asReadOnlyBuffer();
        Authentication known = authentications.getIfPresent(key);
        if (known != null) {
            return new SecurityContextImpl(known);
        }
        Object value = deserializer.convert(stored);
        if (value instanceof SecurityContextImpl context && context.getClass() == SecurityContextImpl.class
                && context.getAuthentication() != null) {
            authentications.put(key, context.getAuthentication());
        }
        return value;
    }
}
