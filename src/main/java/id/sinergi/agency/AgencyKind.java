package id.sinergi.agency;

/** Kind of government agency (jenis instansi). */
public enum AgencyKind {
    /** Kementerian. */
    MINISTRY,
    /** Kementerian koordinator. */
    COORDINATING_MINISTRY,
    /** Lembaga pemerintah non-kementerian (LPNK) and other state bodies. */
    NON_MINISTERIAL_AGENCY,
    /** Pemerintah provinsi. */
    PROVINCE,
    /** Pemerintah kabupaten/kota. */
    REGENCY_CITY,
    /** Organisasi perangkat daerah (OPD): a regional government's office. */
    REGIONAL_OFFICE,
    /** Unit organisasi, such as an echelon-I unit of a ministry. */
    ORGANISATIONAL_UNIT,
    OTHER
}
