/**
 * Digital signatures on the results the one-stop shop returns: an agency signs a result PDF (PAdES baseline B-B,
 * a CAdES-detached CMS in an incremental update) and anyone can check a signed PDF on the public page
 * {@code /verify} or at {@code POST /api/signatures/verification}.
 * <p>
 * A digital signature made with a certificate issued by a licensed provider has the legal value of a signature or
 * seal on paper (Luật Giao dịch điện tử 2023, số 20/2023/QH15; Nghị định 130/2018/NĐ-CP on digital signatures and
 * signature certificates). Without {@code tinhso.signing.keystore} the module creates a development CA under the
 * data directory: its signatures only prove the software works and have no legal value.
 * <p>
 * The rest of the dossier module calls {@link vn.tinhso.dossier.signing.ResultSigner}; everything else here is
 * internal.
 */
package vn.tinhso.dossier.signing;
