/** Roots of verbs that report speech: the frame of a quotation, shared by attribution and the venue finder. */
export const REPORTING = new Set(
  'say tell add note warn admit suggest acknowledge write state claim insist argue explain announce confirm deny report reply respond stress emphasize emphasise caution post tweet declare assert predict concede contend urge vow pledge reveal disclose allege maintain recall remark observe ask comment quip complain testify'.split(
    ' ',
  ),
);
