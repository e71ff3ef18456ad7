import { useEffect } from 'react';
import { useLocaleState } from 'react-admin';

/** Keeps <html lang> in step with the UI language (screen readers, hyphenation). */
export const DocumentLanguage = () => {
  const [locale] = useLocaleState();
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return null;
};
