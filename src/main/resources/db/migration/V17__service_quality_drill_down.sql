-- servicequality: the dossiers behind a figure are chosen in the ledger of contributions (sq_dossier); a unit's most
-- recently received ones come from this index rather than from a scan of every dossier of the province.
CREATE INDEX sq_dossier_agency_received ON sq_dossier (agency_code, received_day);
