/**
 * Who is who: accounts of officers (username and password) and citizens (12-digit identity number,
 * Thông tư 59/2021/TT-BCA), roles scoped to agencies, sign-in and sign-out, lockout after repeated failures,
 * citizen self-registration and account administration.
 * <p>
 * Other modules ask {@link vn.tinhso.identity.CurrentUser} who is acting and what they may do.
 */
package vn.tinhso.identity;
