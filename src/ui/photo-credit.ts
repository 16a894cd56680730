/**
 * What the photo credit is: the article's "Photo: …" credits the photo on the UN News page, which
 * this explorer does not reproduce. The reading view and the print handout put this before it;
 * the credit itself stays as published.
 */
export const PHOTO_CREDIT_LABEL =
  'The story on UN News has a photo, not reproduced here. Its credit:';
