package vn.tinhso.platform;

import org.springframework.http.HttpStatus;

/** Something asked for by its identifier does not exist (or is not visible to the asker): a 404. */
public class NotFound extends Refusal {

    public NotFound(String what, Object identifier) {
        super(HttpStatus.NOT_FOUND, "error.not-found", what, identifier);
    }
}
