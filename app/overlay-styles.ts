// Styles of what shows only after a click (dialogs, the employee panel, the extension editor, the
// selection bar, toasts, the error screen's code) and the install page's scope list, which reads as a
// plain list until then: loaded right after the first screen, never before it (main.tsx).
import '@mantine/core/styles/ModalBase.layer.css'
import '@mantine/core/styles/Modal.layer.css'
import '@mantine/core/styles/Overlay.layer.css'
import '@mantine/core/styles/Drawer.layer.css'
import '@mantine/core/styles/ScrollArea.layer.css'
import '@mantine/core/styles/ActionIcon.layer.css'
import '@mantine/core/styles/Popover.layer.css'
import '@mantine/core/styles/Paper.layer.css'
import '@mantine/core/styles/Notification.layer.css'
import '@mantine/core/styles/Code.layer.css'
import '@mantine/core/styles/List.layer.css'
