package com.cacfiling.web.operations;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MultipartResolver;

/**
 * An upload (multipart) gives its request thread's turn ({@link RequestWorkers}) to the next waiting request while it
 * runs: it spends its time reading what the client sends, and a few phones uploading over a slow network must not
 * hold up everybody's pages.
 */
public class UploadTurnFilter extends OncePerRequestFilter {

    private final RequestWorkers workers;
    private final MultipartResolver uploads;

    public UploadTurnFilter(RequestWorkers workers, MultipartResolver uploads) {
        this.workers = workers;
        this.uploads = uploads;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!uploads.isMultipart(request)) {
            chain.doFilter(request, response);
            return;
        }
        try {
            workers.outsideTurn(() -> chain.doFilter(request, response));
        }
        catch (ServletException | IOException | RuntimeException failure) {
            throw failure;
        }
        catch (Exception unexpected) {
            throw new ServletException(unexpected);
        }
    }
}
