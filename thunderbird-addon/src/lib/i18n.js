// messenger.i18n.getMessage with a fallback to the key (tests, missing strings).
export function makeI18n(messenger) {
  return (key, subs) => {
    try {
      const s = messenger && messenger.i18n && messenger.i18n.getMessage(key, subs);
      return s || key;
    } catch (e) {
      return key;
    }
  };
}
