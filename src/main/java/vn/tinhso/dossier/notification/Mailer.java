package vn.tinhso.dossier.notification;

/** Delivers e-mail: to the log in development, through SMTP when a mail server is configured. */
interface Mailer {

    /** Sends the message or throws; a failure is recorded and retried. */
    void send(Notification message);
}
