-- The address phones open for a center (the QR code on its tickets), set by an admin; NULL: the
-- server's MOTCUA_PUBLIC_URL.
ALTER TABLE centers ADD COLUMN public_url TEXT;
