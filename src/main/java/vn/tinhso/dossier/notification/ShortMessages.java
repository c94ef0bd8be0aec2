package vn.tinhso.dossier.notification;

/** Delivers SMS and Zalo messages; only the log sink exists until an SMS gateway and Zalo adapter are chosen. */
interface ShortMessages {

    /** Sends the message on its channel or throws; a failure is recorded and retried. */
    void send(Notification message);
}
