package vn.tinhso.platform;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The one place where exceptions become answers: {@code application/problem+json} with a stable {@code code}
 * under {@code /api/}, a Vietnamese (or English) error page everywhere else. Never a stack trace.
 */
@ControllerAdvice
class ErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    private final MessageSource messages;

    ErrorHandling(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(Refusal.class)
    Object refusal(Refusal refusal, HttpServletRequest request, HttpServletResponse response) {
        return answer(request, response, refusal.status(), refusal.code(), refusal.arguments());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    Object invalid(MethodArgumentNotValidException invalid, HttpServletRequest request, HttpServletResponse response) {
        var first = invalid.getBindingResult().getAllErrors().stream().findFirst();
        String detail = first.map(error -> messages.getMessage(error, LocaleContextHolder.getLocale()))
                .orElse(message("error.invalid"));
        return answer(request, response, HttpStatus.BAD_REQUEST, "error.invalid", detail);
    }

    /** A path or query parameter of the wrong type, e.g. {@code /units/abc}: the address is wrong, not the server. */
    @ExceptionHandler(TypeMismatchException.class)
    Object typeMismatch(HttpServletRequest request, HttpServletResponse response) {
        return answer(request, response, HttpStatus.BAD_REQUEST, "error.400");
    }

    /** A body that is not the JSON expected (syntax, wrong types, unknown enum values). */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    Object unreadable(HttpServletRequest request, HttpServletResponse response) {
        return answer(request, response, HttpStatus.BAD_REQUEST, "error.unreadable");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(HttpServletRequest request, HttpServletResponse response) {
        return answer(request, response, HttpStatus.CONTENT_TOO_LARGE, "error.too-large");
    }

    @ExceptionHandler(AccessDeniedException.class)
    void accessDenied(AccessDeniedException denied) {
        throw denied; // Spring Security decides: sign-in page for anonymous users, 403 for signed-in ones
    }

    @ExceptionHandler(Exception.class)
    Object unexpected(Exception exception, HttpServletRequest request, HttpServletResponse response) {
        var containerStatus = statusKnownToTheContainer(exception);
        if (containerStatus.isPresent()) {
            return answer(request, response, containerStatus.get(), "error." + containerStatus.get().value());
        }
        if (exception instanceof ErrorResponse known) {
            HttpStatusCode status = known.getStatusCode();
            return answer(request, response, HttpStatus.valueOf(status.value()), "error." + status.value());
        }
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), exception);
        return answer(request, response, HttpStatus.INTERNAL_SERVER_ERROR, "error.500");
    }

    private Object answer(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
                          String code, Object... arguments) {
        String detail = message(code, arguments);
        if (isApi(request)) {
            return problem(status, code, detail, request.getRequestURI());
        }
        response.setStatus(status.value());
        var page = new ModelAndView("error/page");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("title", message("error.title." + (status.is4xxClientError() ? "client" : "server")));
        page.addObject("detail", detail);
        return page;
    }

    /**
     * Tomcat reports a body over the size limits (or otherwise unreadable parameters) as an exception carrying
     * the status to answer, e.g. 413; it surfaces wherever parameters are first read, often in a filter.
     */
    static Optional<HttpStatus> statusKnownToTheContainer(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidParameterException invalid && HttpStatus.resolve(invalid.getErrorCode()) != null) {
                return Optional.of(HttpStatus.valueOf(invalid.getErrorCode()));
            }
        }
        return Optional.empty();
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, String detail, String path) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://tinhso.vn/problems/" + code));
        problem.setTitle(status.getReasonPhrase());
        problem.setInstance(URI.create(path));
        problem.setProperty("code", code);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private String message(String code, Object... arguments) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(code, arguments, messages.getMessage("error.unknown", null, code, locale), locale);
    }
}
