package vn.tinhso.platform;

import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Errors that happen outside a controller (a filter refused the request, the container rejected it) end up here;
 * they get the same page or problem document as {@link ErrorHandling} gives.
 */
@Controller
class ErrorPages implements ErrorController {

    private final MessageSource messages;

    ErrorPages(MessageSource messages) {
        this.messages = messages;
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request, Model model) {
        HttpStatus status = statusOf(request);
        String code = "error." + status.value();
        Locale locale = LocaleContextHolder.getLocale();
        String detail = messages.getMessage(code, null,
                messages.getMessage("error.unknown", null, code, locale), locale);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? request.getRequestURI() : uri.toString();
        if (path.startsWith(request.getContextPath() + "/api/")) {
            return ErrorHandling.problem(status, code, detail, path);
        }
        model.addAttribute("status", status.value());
        model.addAttribute("title", messages.getMessage(
                "error.title." + (status.is4xxClientError() ? "client" : "server"), null, locale));
        model.addAttribute("detail", detail);
        return "error/page";
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        // A body too large for the limits is found while a filter reads parameters; Tomcat knows its status.
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure) {
            var known = ErrorHandling.statusKnownToTheContainer(failure);
            if (known.isPresent()) {
                return known.get();
            }
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }
}
