package vn.tinhso.identity;

/** The two kinds of people who sign in. */
public enum AccountKind {
    /** Works for an agency; signs in with a username. */
    OFFICER,
    /** Uses public services; signs in with their 12-digit identity number. */
    CITIZEN
}
