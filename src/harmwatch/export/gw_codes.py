"""Gleditsch–Ward state codes (what UCDP GED's ``country_id`` holds), by ISO 3166 alpha-2.

Written from the public Gleditsch & Ward list of independent states (Gleditsch and Ward 1999,
"A revised list of independent states since 1816", as updated by the authors), for the states a
conflict dataset meets; a country not listed has no G-W code here and its ``country_id`` is left
blank (never an ISO code in its place). Palestinian territory is coded as Israel (666), as UCDP
GED does; Serbia takes Yugoslavia/Serbia's 345.
"""

from __future__ import annotations

_GW = """
US 2 CA 20 CU 40 HT 41 DO 42 JM 51 TT 52 MX 70 GT 90 HN 91 SV 92 NI 93 CR 94 PA 95 CO 100 VE 101
GY 110 SR 115 EC 130 PE 135 BR 140 BO 145 PY 150 CL 155 AR 160 UY 165
GB 200 IE 205 NL 210 BE 211 LU 212 FR 220 CH 225 ES 230 PT 235 DE 260 PL 290 AT 305 HU 310 CZ 316
SK 317 IT 325 MT 338 AL 339 MK 343 HR 344 RS 345 BA 346 XK 347 ME 341 SI 349 GR 350 CY 352 BG 355
MD 359 RO 360 RU 365 EE 366 LV 367 LT 368 UA 369 BY 370 AM 371 GE 372 AZ 373 FI 375 SE 380 NO 385
DK 390 IS 395
CV 402 GW 404 GQ 411 GM 420 ML 432 SN 433 BJ 434 MR 435 NE 436 CI 437 GN 438 BF 439 LR 450 SL 451
GH 452 TG 461 CM 471 NG 475 GA 481 CF 482 TD 483 CG 484 CD 490 UG 500 KE 501 TZ 510 BI 516 RW 517
SO 520 DJ 522 ET 530 ER 531 AO 540 MZ 541 ZM 551 ZW 552 MW 553 ZA 560 NA 565 LS 570 BW 571 SZ 572
MG 580 KM 581 MU 590
MA 600 DZ 615 TN 616 LY 620 SD 625 SS 626 IR 630 TR 640 IQ 645 EG 651 SY 652 LB 660 JO 663 IL 666
PS 666 SA 670 YE 678 KW 690 BH 692 QA 694 AE 696 OM 698
AF 700 TM 701 TJ 702 KG 703 UZ 704 KZ 705 CN 710 MN 712 TW 713 KP 731 KR 732 JP 740 IN 750 BT 760
PK 770 BD 771 MM 775 LK 780 MV 781 NP 790 TH 800 KH 811 LA 812 VN 816 MY 820 SG 830 BN 835 PH 840
ID 850 TL 860 AU 900 PG 910 NZ 920 SB 940 FJ 950
"""

GW_BY_ISO2: dict[str, int] = {
    iso: int(code) for iso, code in zip(_GW.split()[::2], _GW.split()[1::2], strict=True)
}


def gw_code(iso2: str | None) -> int | None:
    """The Gleditsch–Ward code of a country, or None when it has none here."""
    return GW_BY_ISO2.get(iso2.upper()) if iso2 else None
