import { AppBar as RaAppBar, LoadingIndicator, LocalesMenuButton, TitlePortal } from 'react-admin';

/** App bar with the Español / English switch always visible. */
export const AppBar = () => (
    <RaAppBar
        toolbar={
            <>
                <LocalesMenuButton />
                <LoadingIndicator />
            </>
        }
    >
        <TitlePortal />
    </RaAppBar>
);
