declare module 'lightning/platformShowToastEvent' {
    export interface ShowToastEventInit {
        title?: string;
        message?: string;
        messageData?: (string | { url: string; label: string })[];
        variant?: 'info' | 'success' | 'warning' | 'error';
        mode?: 'dismissible' | 'pester' | 'sticky';
    }

    export class ShowToastEvent extends CustomEvent<ShowToastEventInit> {
        constructor(toast: ShowToastEventInit);
    }
}
