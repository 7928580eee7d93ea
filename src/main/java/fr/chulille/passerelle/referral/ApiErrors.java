package fr.chulille.passerelle.referral;

import fr.chulille.passerelle.i18n.Messages;
import fr.chulille.passerelle.i18n.TranslationProvider;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.Locale;

/**
 * A wrong method or an Accept header the API cannot satisfy, on /api/…: 405 or 406 with the API's JSON
 * error shape (Spring MVC raises both before any controller is chosen, so this advice is global and
 * leaves every other path to Spring's default handling). The body is JSON whatever the Accept header.
 */
@RestControllerAdvice
class ApiErrors {

    private final Messages messages;

    ApiErrors(TranslationProvider translations) {
        this.messages = translations.messages();
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> methodNotAllowed(HttpRequestMethodNotSupportedException e, HttpServletRequest request)
            throws HttpRequestMethodNotSupportedException {
        if (!isApi(request)) {
            throw e;
        }
        HttpHeaders headers = new HttpHeaders();
        if (e.getSupportedHttpMethods() != null) {
            headers.setAllow(e.getSupportedHttpMethods());
        }
        return error(HttpStatus.METHOD_NOT_ALLOWED, headers, "method-not-allowed", request);
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ApiError> notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request)
            throws HttpMediaTypeNotAcceptableException {
        if (!isApi(request)) {
            throw e;
        }
        return error(HttpStatus.NOT_ACCEPTABLE, new HttpHeaders(), "not-acceptable", request);
    }

    private ResponseEntity<ApiError> error(HttpStatus status, HttpHeaders headers, String code, HttpServletRequest request) {
        Locale locale = PreCheckApi.language(request, request.getParameter("lang"));
        return ResponseEntity.status(status).headers(headers).contentType(MediaType.APPLICATION_JSON)
                .body(new ApiError(code, messages.format("referral.api.error." + code, locale), null, null));
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
