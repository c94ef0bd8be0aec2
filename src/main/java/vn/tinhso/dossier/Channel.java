package vn.tinhso.dossier;

/** How the dossier reached the agency; the number is the national portal's channel code. */
public enum Channel {
    /** Trực tiếp: at the one-stop desk. */
    DIRECT(1),
    /** Trực tuyến: online. */
    ONLINE(2),
    /** Qua dịch vụ bưu chính công ích: by public post. */
    POSTAL(3);

    private final int portalCode;

    Channel(int portalCode) {
        this.portalCode = portalCode;
    }

    public int portalCode() {
        return portalCode;
    }

    static Channel ofPortalCode(int code) {
        for (Channel channel : values()) {
            if (channel.portalCode == code) {
                return channel;
            }
        }
        throw new IllegalArgumentException("No channel " + code);
    }
}
