package vn.tinhso.dossier.notification;

/** How a message reaches the applicant. */
public enum NotificationChannel {
    /** Thư điện tử. */
    EMAIL,
    /** Tin nhắn SMS. */
    SMS,
    /** Zalo, the messaging service most Vietnamese citizens use. */
    ZALO
}
