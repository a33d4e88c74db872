<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>ActionPanel</name>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Amount spent</source>
        <translation>Importe gastado</translation>
    </message>
    <message>
        <source>Enter = check in</source>
        <translation>Enter = registrar visita</translation>
    </message>
    <message>
        <source>Press Enter to check in this visit</source>
        <translation>Pulsa Enter para registrar esta visita</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Número de ticket</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>Pay with points (F4)</source>
        <translation>Pagar con puntos (F4)</translation>
    </message>
    <message>
        <source>Pay with points</source>
        <translation>Pagar con puntos</translation>
    </message>
    <message>
        <source>Points to pay with</source>
        <translation>Puntos para pagar</translation>
    </message>
    <message>
        <source>points</source>
        <translation>puntos</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Pagar</translation>
    </message>
    <message>
        <source>Pay with these points</source>
        <translation>Pagar con estos puntos</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>No rewards in the catalog yet</source>
        <translation>Aún no hay recompensas en el catálogo</translation>
    </message>
    <message>
        <source>Receipt #</source>
        <translation>N.º de ticket</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Units bought</source>
        <translation>Unidades compradas</translation>
    </message>
    <message>
        <source>press the number</source>
        <translation>pulsa el número</translation>
    </message>
    <message>
        <source>Ctrl + number</source>
        <translation>Ctrl + número</translation>
    </message>
    <message>
        <source>Rewards — %1</source>
        <translation>Recompensas — %1</translation>
    </message>
</context>
<context>
    <name>AdjustPointsDialog</name>
    <message>
        <source>Adjust points</source>
        <translation>Ajustar puntos</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %Ln point(s).</source>
        <translation>
            <numerusform>%1 tiene %Ln punto.</numerusform>
            <numerusform>%1 tiene %Ln puntos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add points</source>
        <translation>Sumar puntos</translation>
    </message>
    <message>
        <source>Remove points</source>
        <translation>Restar puntos</translation>
    </message>
    <message>
        <source> points</source>
        <translation> puntos</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>e.g. Missed check-in on 3 March</source>
        <translation>p. ej., visita no registrada el 3 de marzo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Cuántos</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Motivo (obligatorio)</translation>
    </message>
    <message>
        <source>Type how many points, above 0.</source>
        <translation>Escribe cuántos puntos (más de 0).</translation>
    </message>
    <message numerus="yes">
        <source>They have only %Ln point(s).</source>
        <translation>
            <numerusform>Solo tiene %Ln punto.</numerusform>
            <numerusform>Solo tiene %Ln puntos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Balance after: %Ln point(s)</source>
        <translation>
            <numerusform>Saldo tras el ajuste: %Ln punto</numerusform>
            <numerusform>Saldo tras el ajuste: %Ln puntos</numerusform>
        </translation>
    </message>
    <message>
        <source>Say why, so the history explains it.</source>
        <translation>Indica el motivo para que conste en el historial.</translation>
    </message>
</context>
<context>
    <name>AuditEntryDialog</name>
    <message>
        <source>Audit entry</source>
        <translation>Entrada de auditoría</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Caja</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Afecta a</translation>
    </message>
    <message>
        <source>No details.</source>
        <translation>Sin detalles.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>AuditEntryWords</name>
    <message>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <source>Wrong PIN typed</source>
        <translation>PIN incorrecto</translation>
    </message>
    <message>
        <source>Added a staff member</source>
        <translation>Empleado añadido</translation>
    </message>
    <message>
        <source>Removed a staff member</source>
        <translation>Empleado dado de baja</translation>
    </message>
    <message>
        <source>Changed a role</source>
        <translation>Rol cambiado</translation>
    </message>
    <message>
        <source>Changed a PIN</source>
        <translation>PIN cambiado</translation>
    </message>
    <message>
        <source>Cashier PIN refused for owner access</source>
        <translation>PIN de cajero rechazado para acceso de propietario</translation>
    </message>
    <message>
        <source>Saved the settings</source>
        <translation>Ajustes guardados</translation>
    </message>
    <message>
        <source>Changed the logo</source>
        <translation>Logo cambiado</translation>
    </message>
    <message>
        <source>Removed the logo</source>
        <translation>Logo quitado</translation>
    </message>
    <message>
        <source>Added a reward</source>
        <translation>Recompensa añadida</translation>
    </message>
    <message>
        <source>Changed a reward</source>
        <translation>Recompensa modificada</translation>
    </message>
    <message>
        <source>Reordered the rewards</source>
        <translation>Recompensas reordenadas</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Copia de seguridad hecha</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>Copia de seguridad diaria</translation>
    </message>
    <message>
        <source>Restored a backup</source>
        <translation>Copia de seguridad restaurada</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Redeemed a reward</source>
        <translation>Recompensa canjeada</translation>
    </message>
    <message>
        <source>Paid with points</source>
        <translation>Pago con puntos</translation>
    </message>
    <message>
        <source>Adjusted points</source>
        <translation>Puntos ajustados</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Anulación</translation>
    </message>
    <message>
        <source>Points expired</source>
        <translation>Puntos caducados</translation>
    </message>
    <message>
        <source>Registered a customer</source>
        <translation>Cliente dado de alta</translation>
    </message>
    <message>
        <source>Changed a customer</source>
        <translation>Cliente modificado</translation>
    </message>
    <message>
        <source>Blocked a customer</source>
        <translation>Cliente bloqueado</translation>
    </message>
    <message>
        <source>Unblocked a customer</source>
        <translation>Cliente desbloqueado</translation>
    </message>
    <message>
        <source>Merged customers</source>
        <translation>Clientes fusionados</translation>
    </message>
    <message>
        <source>Erased a customer</source>
        <translation>Cliente borrado</translation>
    </message>
    <message>
        <source>Exported a customer&apos;s data</source>
        <translation>Datos de cliente exportados</translation>
    </message>
    <message>
        <source>Imported customers</source>
        <translation>Clientes importados</translation>
    </message>
    <message>
        <source>Created vouchers</source>
        <translation>Vales creados</translation>
    </message>
    <message>
        <source>Redeemed a voucher</source>
        <translation>Vale canjeado</translation>
    </message>
    <message>
        <source>Voided a voucher</source>
        <translation>Vale anulado</translation>
    </message>
    <message>
        <source>Voided a voucher batch</source>
        <translation>Lote de vales anulado</translation>
    </message>
    <message>
        <source>Exported the customer list</source>
        <translation>Lista de clientes exportada</translation>
    </message>
    <message>
        <source>Exported the points history</source>
        <translation>Historial de puntos exportado</translation>
    </message>
    <message>
        <source>Set up sync with a loyalty service</source>
        <translation>Sincronización configurada con un servicio de fidelización</translation>
    </message>
    <message>
        <source>Turned sync off</source>
        <translation>Sincronización desactivada</translation>
    </message>
    <message>
        <source>Started sync again after a pause</source>
        <translation>Sincronización reanudada tras una pausa</translation>
    </message>
    <message>
        <source>Sent an entry that had failed to sync again</source>
        <translation>Se reenvió una entrada que no se había sincronizado</translation>
    </message>
    <message>
        <source>Set aside an entry that could not be synced</source>
        <translation>Se apartó una entrada que no se pudo sincronizar</translation>
    </message>
    <message>
        <source>All staff and sign-in entries</source>
        <translation>Todo lo de personal e inicios de sesión</translation>
    </message>
    <message>
        <source>All settings changes</source>
        <translation>Todos los cambios de ajustes</translation>
    </message>
    <message>
        <source>All reward changes</source>
        <translation>Todos los cambios de recompensas</translation>
    </message>
    <message>
        <source>All points (check-ins, rewards, voids…)</source>
        <translation>Todos los puntos (visitas, recompensas, anulaciones…)</translation>
    </message>
    <message>
        <source>All customer changes</source>
        <translation>Todos los cambios de clientes</translation>
    </message>
    <message>
        <source>All voucher entries</source>
        <translation>Todo lo de vales</translation>
    </message>
    <message>
        <source>All backups</source>
        <translation>Todas las copias de seguridad</translation>
    </message>
    <message>
        <source>All sync entries</source>
        <translation>Todas las entradas de sincronización</translation>
    </message>
    <message>
        <source>All exports of the customer list</source>
        <translation>Todas las exportaciones de la lista de clientes</translation>
    </message>
    <message>
        <source>All exports of the points history</source>
        <translation>Todas las exportaciones del historial de puntos</translation>
    </message>
    <message>
        <source>All %1</source>
        <translation>Todo: %1</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>reward no. %1</source>
        <translation>recompensa n.º %1</translation>
    </message>
    <message>
        <source>staff member no. %1</source>
        <translation>empleado n.º %1</translation>
    </message>
    <message>
        <source>voucher batch no. %1</source>
        <translation>lote de vales n.º %1</translation>
    </message>
    <message>
        <source>the service %1</source>
        <translation>el servicio %1</translation>
    </message>
    <message>
        <source>owner</source>
        <extracomment>Details that are references between records, not something an owner reads.</extracomment>
        <translation>propietario</translation>
    </message>
    <message>
        <source>cashier</source>
        <translation>cajero</translation>
    </message>
    <message>
        <source>a customer whose data was erased</source>
        <translation>un cliente cuyos datos se borraron</translation>
    </message>
    <message numerus="yes">
        <source>%1 point(s)</source>
        <translation>
            <numerusform>%1 punto</numerusform>
            <numerusform>%1 puntos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln fila</numerusform>
            <numerusform>%Ln filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>costs %Ln point(s)</source>
        <translation>
            <numerusform>cuesta %Ln punto</numerusform>
            <numerusform>cuesta %Ln puntos</numerusform>
        </translation>
    </message>
    <message>
        <source>as %1</source>
        <translation>como %1</translation>
    </message>
    <message>
        <source>The shop&apos;s first settings</source>
        <translation>Primeros ajustes del negocio</translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message>
        <source>Any time</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Caja</translation>
    </message>
    <message>
        <source>Every till</source>
        <translation>Todas las cajas</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Aún no hay nada registrado.</translation>
    </message>
    <message>
        <source>Newer</source>
        <translation>Más recientes</translation>
    </message>
    <message>
        <source>Newer entries</source>
        <translation>Entradas más recientes</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>Más antiguas</translation>
    </message>
    <message>
        <source>Older entries</source>
        <translation>Entradas más antiguas</translation>
    </message>
    <message>
        <source>Who did what, when, and at which till, newest first. Enter or a double-click shows an entry in full.</source>
        <translation>Quién hizo qué, cuándo y en qué caja, primero lo más reciente. Enter o un doble clic muestra la entrada completa.</translation>
    </message>
    <message>
        <source>No entries match these filters.</source>
        <translation>Ninguna entrada coincide con estos filtros.</translation>
    </message>
    <message>
        <source>No entries</source>
        <translation>Sin entradas</translation>
    </message>
    <message numerus="yes">
        <source>%1–%2 of %Ln entries</source>
        <translation>
            <numerusform>%1–%2 de %Ln entrada</numerusform>
            <numerusform>%1–%2 de %Ln entradas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Made by hand</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Diaria</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Antes de restaurar</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer copia ahora</translation>
    </message>
    <message>
        <source>Copy the shop&apos;s data now</source>
        <translation>Copiar ahora los datos del negocio</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurar…</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Restaurar la copia seleccionada</translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation>Restaurar desde archivo…</translation>
    </message>
    <message>
        <source>Restore a backup file from elsewhere</source>
        <translation>Restaurar un archivo de copia guardado en otro sitio</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Search backups by date or kind</source>
        <translation>Buscar copias por fecha o tipo</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>No backups yet — press Back up now to make the first one.</source>
        <translation>Aún no hay copias: pulsa Hacer copia ahora para crear la primera.</translation>
    </message>
    <message>
        <source>Copies of all the shop&apos;s data, made while the app keeps running. A backup is also made automatically once a day.</source>
        <translation>Copias de todos los datos del negocio, hechas sin cerrar la aplicación. Además, se hace una copia automática una vez al día.</translation>
    </message>
    <message>
        <source>Backups go to %1. The newest %2 are kept; older ones are deleted.</source>
        <translation>Las copias se guardan en %1. Se conservan las %2 más recientes; las anteriores se borran.</translation>
    </message>
    <message>
        <source>No backup matches “%1”.</source>
        <translation>Ninguna copia coincide con «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%Ln backup(s)</source>
        <translation>
            <numerusform>%Ln copia</numerusform>
            <numerusform>%Ln copias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln cliente</numerusform>
            <numerusform>%Ln clientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ledger entries</source>
        <translation>
            <numerusform>%Ln movimiento</numerusform>
            <numerusform>%Ln movimientos</numerusform>
        </translation>
    </message>
    <message>
        <source>Restoring replaces ALL the shop&apos;s data with %1: %2 and %3. Everything recorded since that backup will be gone.

A copy of the data as it is now is saved in the backups folder first. loyaltydesk must be restarted afterwards.</source>
        <translation>Al restaurar se sustituyen TODOS los datos del negocio por %1: %2 y %3. Se perderá todo lo registrado desde esa copia.

Antes se guarda una copia de los datos actuales en la carpeta de copias. Después hay que reiniciar loyaltydesk.</translation>
    </message>
    <message numerus="yes">
        <source>Restored: %Ln customer(s). Restart loyaltydesk to carry on.</source>
        <translation>
            <numerusform>Copia restaurada (%Ln cliente). Reinicia loyaltydesk para continuar.</numerusform>
            <numerusform>Copia restaurada (%Ln clientes). Reinicia loyaltydesk para continuar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backing up the shop</source>
        <translation>Haciendo copia del negocio</translation>
    </message>
    <message>
        <source>Backup cancelled — nothing was copied.</source>
        <translation>Copia cancelada: no se ha copiado nada.</translation>
    </message>
    <message>
        <source>Backed up: %1, %2, in %3.</source>
        <translation>Copia hecha: %1, %2, en %3.</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>Elige una copia para restaurar</translation>
    </message>
    <message>
        <source>loyaltydesk backups (*.db);;All files (*)</source>
        <translation>Copias de loyaltydesk (*.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>the file %1</source>
        <translation>el archivo %1</translation>
    </message>
    <message>
        <source>the backup of %1</source>
        <translation>la copia del %1</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>¿Restaurar esta copia?</translation>
    </message>
    <message>
        <source>Replace all data</source>
        <translation>Sustituir todos los datos</translation>
    </message>
    <message>
        <source>Restoring the backup</source>
        <translation>Restaurando la copia</translation>
    </message>
    <message>
        <source>Restore cancelled — nothing changed.</source>
        <translation>Restauración cancelada: no ha cambiado nada.</translation>
    </message>
    <message>
        <source>Restart loyaltydesk</source>
        <translation>Reiniciar loyaltydesk</translation>
    </message>
    <message>
        <source>The backup was restored. Close loyaltydesk and start it again now.</source>
        <translation>La copia se ha restaurado. Cierra loyaltydesk y vuelve a abrirlo ahora.</translation>
    </message>
    <message>
        <source>Until it restarts, this window may still show the data from before. The data as it was just before the restore is kept as %1.</source>
        <translation>Hasta que se reinicie, esta ventana puede seguir mostrando los datos anteriores. Los datos tal como estaban justo antes de restaurar se guardan como %1.</translation>
    </message>
    <message>
        <source>Close loyaltydesk</source>
        <translation>Cerrar loyaltydesk</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <source>This shop&apos;s data is on a PostgreSQL server</source>
        <translation>Los datos de este negocio están en un servidor PostgreSQL</translation>
    </message>
    <message>
        <source>loyaltydesk does not copy a server database itself. Back it up with the server&apos;s own tools, for example every night with pg_dump, and restore with pg_restore. Ask whoever runs the server to set this up and to test a restore now and then.</source>
        <translation>loyaltydesk no copia por sí mismo una base de datos de servidor. Haz las copias con las herramientas del propio servidor, por ejemplo cada noche con pg_dump, y restaura con pg_restore. Pide a quien gestione el servidor que lo configure y que pruebe a restaurar de vez en cuando.</translation>
    </message>
    <message>
        <source>Backup and restore commands</source>
        <translation>Comandos de copia y restauración</translation>
    </message>
</context>
<context>
    <name>CameraInfo</name>
    <message>
        <source>Camera {number}</source>
        <translation>Cámara {number}</translation>
    </message>
</context>
<context>
    <name>CameraPickerDialog</name>
    <message>
        <source>Choose a camera</source>
        <translation>Elige una cámara</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <source>{name} (camera {number})</source>
        <translation>{name} (cámara {number})</translation>
    </message>
    <message>
        <source>Camera {number} (not connected)</source>
        <translation>Cámara {number} (no conectada)</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>{width} × {height}</source>
        <translation>{width} × {height}</translation>
    </message>
    <message>
        <source>Hold a member card up to the camera: the picture flashes green when it is read.</source>
        <translation>Acerca una tarjeta de socio a la cámara: la imagen parpadea en verde cuando se lee.</translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation>&amp;Cámara:</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Resolución:</translation>
    </message>
</context>
<context>
    <name>CameraPreview</name>
    <message>
        <source>Camera preview</source>
        <translation>Vista previa de la cámara</translation>
    </message>
</context>
<context>
    <name>CameraState</name>
    <message>
        <source>Starting the camera…</source>
        <translation>Iniciando la cámara…</translation>
    </message>
    <message>
        <source>Hold a card or phone up to the camera</source>
        <translation>Acerca una tarjeta o un móvil a la cámara</translation>
    </message>
    <message>
        <source>Scanning is paused</source>
        <translation>Escaneo en pausa</translation>
    </message>
    <message>
        <source>No camera found. Plug one in or choose another camera.</source>
        <translation>No se encuentra ninguna cámara. Conecta una o elige otra.</translation>
    </message>
    <message>
        <source>The camera is in use by another program. Close it to scan here.</source>
        <translation>Otro programa está usando la cámara. Ciérralo para escanear aquí.</translation>
    </message>
    <message>
        <source>Camera access is blocked. Allow it in the system settings.</source>
        <translation>El acceso a la cámara está bloqueado. Permítelo en la configuración del sistema.</translation>
    </message>
    <message>
        <source>Cannot start the camera: close other camera apps, check access.</source>
        <translation>No se puede iniciar la cámara: cierra otras aplicaciones de cámara y revisa los permisos.</translation>
    </message>
    <message>
        <source>The camera stopped responding. Reconnecting…</source>
        <translation>La cámara ha dejado de responder. Reconectando…</translation>
    </message>
    <message>
        <source>The video has ended</source>
        <translation>El vídeo ha terminado</translation>
    </message>
    <message>
        <source>The camera is off</source>
        <translation>La cámara está apagada</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>CounterCamera</name>
    <message>
        <source>Camera: off</source>
        <translation>Cámara: apagada</translation>
    </message>
    <message>
        <source>Camera: scanning</source>
        <translation>Cámara: escaneando</translation>
    </message>
    <message>
        <source>Camera: paused</source>
        <translation>Cámara: en pausa</translation>
    </message>
    <message>
        <source>Camera: %1</source>
        <translation>Cámara: %1</translation>
    </message>
</context>
<context>
    <name>CustomerCardView</name>
    <message>
        <source>Customer name</source>
        <translation>Nombre del cliente</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>BLOCKED</source>
        <translation>BLOQUEADO</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Points balance</source>
        <translation>Saldo de puntos</translation>
    </message>
    <message>
        <source>points</source>
        <translation>puntos</translation>
    </message>
    <message>
        <source>Balance at the loyalty service</source>
        <translation>Saldo en el servicio de fidelización</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Cliente %1</translation>
    </message>
    <message numerus="yes">
        <source>point(s)</source>
        <translation>
            <numerusform>punto</numerusform>
            <numerusform>puntos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) expire on %1</source>
        <translation>
            <numerusform>%Ln punto caduca el %1</numerusform>
            <numerusform>%Ln puntos caducan el %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No points expiring</source>
        <translation>Ningún punto por caducar</translation>
    </message>
    <message>
        <source>Last visits: %1</source>
        <translation>Últimas visitas: %1</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>Primera visita</translation>
    </message>
    <message>
        <source>the loyalty service</source>
        <translation>el servicio de fidelización</translation>
    </message>
    <message numerus="yes">
        <source>%3 says %1 point(s)</source>
        <translation>
            <numerusform>Según %3: %1 punto</numerusform>
            <numerusform>Según %3: %1 puntos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%3 says %1 point(s) (read %2)</source>
        <translation>
            <numerusform>Según %3: %1 punto (leído %2)</numerusform>
            <numerusform>Según %3: %1 puntos (leído %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every reward is available</source>
        <translation>Todas las recompensas están disponibles</translation>
    </message>
    <message>
        <source>%1 / %2 to %3</source>
        <translation>%1 / %2 para %3</translation>
    </message>
</context>
<context>
    <name>CustomerDetailView</name>
    <message>
        <source>← All customers (Esc)</source>
        <translation>← Todos los clientes (Esc)</translation>
    </message>
    <message>
        <source>Back to all customers</source>
        <translation>Volver a todos los clientes</translation>
    </message>
    <message>
        <source>Open the kept customer</source>
        <translation>Abrir el cliente que se conserva</translation>
    </message>
    <message>
        <source>Adjust points…</source>
        <translation>Ajustar puntos…</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Merge a duplicate…</source>
        <translation>Fusionar duplicado…</translation>
    </message>
    <message>
        <source>Reprint member card</source>
        <translation>Reimprimir tarjeta</translation>
    </message>
    <message>
        <source>Export their data…</source>
        <translation>Exportar sus datos…</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Borrar…</translation>
    </message>
    <message>
        <source>Customer sections</source>
        <translation>Secciones del cliente</translation>
    </message>
    <message>
        <source>Points history</source>
        <translation>Historial de puntos</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>The profile has changes that are not saved.</source>
        <translation>El perfil tiene cambios sin guardar.</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>Perfil guardado.</translation>
    </message>
    <message numerus="yes">
        <source>%1 point(s) — %2</source>
        <translation>
            <numerusform>%1 punto — %2</numerusform>
            <numerusform>%1 puntos — %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %Ln point(s)) will be merged into %3. Their points move here with their expiry dates; their record is closed and can no longer be used at the counter. Both histories and the audit trail are kept. This cannot be undone.</source>
        <translation>
            <numerusform>%1 (%2, %Ln punto) se fusionará con %3. Sus puntos pasan aquí con sus fechas de caducidad; su ficha se cierra y ya no se podrá usar en el mostrador. Se conservan ambos historiales y el registro de auditoría. No se puede deshacer.</numerusform>
            <numerusform>%1 (%2, %Ln puntos) se fusionará con %3. Sus puntos pasan aquí con sus fechas de caducidad; su ficha se cierra y ya no se podrá usar en el mostrador. Se conservan ambos historiales y el registro de auditoría. No se puede deshacer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged %1 into this customer: %Ln point(s) moved.</source>
        <translation>
            <numerusform>%1 se ha fusionado con este cliente: %Ln punto traspasado.</numerusform>
            <numerusform>%1 se ha fusionado con este cliente: %Ln puntos traspasados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved their profile and %Ln ledger entries to %1.</source>
        <translation>
            <numerusform>Se han guardado su perfil y %Ln movimiento en %1.</numerusform>
            <numerusform>Se han guardado su perfil y %Ln movimientos en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Blocked: nothing can be recorded for them at the counter.</source>
        <translation>Bloqueado: no se puede registrar nada para este cliente en el mostrador.</translation>
    </message>
    <message>
        <source>Unblocked: they can collect and spend points again.</source>
        <translation>Desbloqueado: puede volver a ganar y gastar puntos.</translation>
    </message>
    <message>
        <source>Merge customers?</source>
        <translation>¿Fusionar clientes?</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
    <message>
        <source>This removes %1&apos;s name, phone, email, birth date and notes for good, and their points can no longer be used. The points history stays, anonymised, for the shop&apos;s books, and the audit trail records the erasure. This cannot be undone.</source>
        <translation>Se borran para siempre el nombre, el teléfono, el correo, la fecha de nacimiento y las notas de %1, y sus puntos ya no se podrán usar. El historial de puntos se conserva, anonimizado, para la contabilidad del negocio, y el registro de auditoría deja constancia del borrado. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Erase %1?</source>
        <translation>¿Borrar a %1?</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Borrar datos personales</translation>
    </message>
    <message>
        <source>Personal data erased. The anonymised history and the audit entry are kept.</source>
        <translation>Datos personales borrados. Se conservan el historial anonimizado y la entrada de auditoría.</translation>
    </message>
    <message>
        <source>Export their data</source>
        <translation>Exportar sus datos</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>CustomerHeader</name>
    <message>
        <source>Points balance</source>
        <translation>Saldo de puntos</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>joined %1</source>
        <translation>socio desde %1</translation>
    </message>
    <message>
        <source>last visit %1</source>
        <translation>última visita: %1</translation>
    </message>
    <message>
        <source>no visits yet</source>
        <translation>aún sin visitas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln punto</numerusform>
            <numerusform>%Ln puntos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerHistory</name>
    <message>
        <source>Earned</source>
        <translation>Ganados</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Gastados</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>Ajustados</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducados</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Anulados</translation>
    </message>
    <message>
        <source>%1 (voided)</source>
        <translation>%1 (anulado)</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>These points expire on %1.</source>
        <translation>Estos puntos caducan el %1.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Reason given</source>
        <translation>Motivo indicado</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Empleado</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Caja</translation>
    </message>
</context>
<context>
    <name>CustomerImport</name>
    <message>
        <source>Not imported</source>
        <translation>No importar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Opening points</source>
        <translation>Puntos iniciales</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Member code</source>
        <translation>Código de socio</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>Consentimiento comercial</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Ofertas</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>What to fix</source>
        <translation>Qué corregir</translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln new customer(s) from %1?

Opening points: %2
Rows with problems, left out: %3
Rows imported before, skipped: %4</source>
        <translation>
            <numerusform>¿Importar %Ln cliente nuevo desde %1?

Puntos iniciales: %2
Filas con problemas (no se importan): %3
Filas ya importadas antes (se omiten): %4</numerusform>
            <numerusform>¿Importar %Ln clientes nuevos desde %1?

Puntos iniciales: %2
Filas con problemas (no se importan): %3
Filas ya importadas antes (se omiten): %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows read: %1 · New customers: %2 · Already imported: %3 · Rows with problems: %4 · Opening points: %5</source>
        <translation>Filas leídas: %1 · Clientes nuevos: %2 · Ya importados: %3 · Filas con problemas: %4 · Puntos iniciales: %5</translation>
    </message>
    <message numerus="yes">
        <source>Import about %Ln row(s) from %1?

Rows with problems (%2 seen so far) are left out. &quot;Check the whole file&quot; first shows the exact numbers.</source>
        <translation>
            <numerusform>¿Importar %Ln fila desde %1?

Las filas con problemas (%2 detectadas hasta ahora) no se importan. Con «Revisar todo el archivo» verás antes las cifras exactas.</numerusform>
            <numerusform>¿Importar unas %Ln filas desde %1?

Las filas con problemas (%2 detectadas hasta ahora) no se importan. Con «Revisar todo el archivo» verás antes las cifras exactas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. What was imported stays; import the same file again to finish — rows already imported are skipped.</source>
        <translation>Cancelado. Lo importado se queda; vuelve a importar el mismo archivo para terminar (las filas ya importadas se saltan).</translation>
    </message>
    <message>
        <source>Dry run — nothing was imported.</source>
        <translation>Prueba hecha: no se ha importado nada.</translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>Importación terminada.</translation>
    </message>
</context>
<context>
    <name>CustomerTable</name>
    <message>
        <source>Active</source>
        <extracomment>Pages asked for but not yet fetched; older wishes are dropped when the view scrolls fast. Columns the service can sort by; the others ignore a click on their header.</extracomment>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Borrado</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Última visita</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>Number of customers</source>
        <translation>Número de clientes</translation>
    </message>
    <message>
        <source>Import customers…</source>
        <translation>Importar clientes…</translation>
    </message>
    <message>
        <source>Import customers from a CSV file</source>
        <translation>Importar clientes desde un archivo CSV</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Exportar a CSV</translation>
    </message>
    <message>
        <source>Export customers or the ledger to CSV</source>
        <translation>Exportar clientes o movimientos a CSV</translation>
    </message>
    <message>
        <source>All customers…</source>
        <translation>Todos los clientes…</translation>
    </message>
    <message>
        <source>The whole points ledger…</source>
        <translation>Todos los movimientos de puntos…</translation>
    </message>
    <message>
        <source>Search: name, phone, email or code</source>
        <translation>Buscar: nombre, teléfono, correo o código</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Buscar clientes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Borrado</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionado</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation>Cualquier nivel</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Recompensas</translation>
    </message>
    <message>
        <source>Any balance</source>
        <translation>Cualquier saldo</translation>
    </message>
    <message>
        <source>Can take a reward</source>
        <translation>Puede canjear una recompensa</translation>
    </message>
    <message>
        <source>Cannot take a reward yet</source>
        <translation>Aún no puede canjear ninguna</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Última visita</translation>
    </message>
    <message>
        <source>Any last visit</source>
        <translation>Cualquier última visita</translation>
    </message>
    <message>
        <source>Not seen for 30 days</source>
        <translation>Sin visitas en 30 días</translation>
    </message>
    <message>
        <source>Not seen for 90 days</source>
        <translation>Sin visitas en 90 días</translation>
    </message>
    <message>
        <source>Not seen for 6 months</source>
        <translation>Sin visitas en 6 meses</translation>
    </message>
    <message>
        <source>Not seen for a year</source>
        <translation>Sin visitas en un año</translation>
    </message>
    <message>
        <source>This column cannot be sorted.</source>
        <translation>Esta columna no se puede ordenar.</translation>
    </message>
    <message>
        <source>Exporting customers…</source>
        <translation>Exportando clientes…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) saved to %1.</source>
        <translation>
            <numerusform>%Ln cliente guardado en %1.</numerusform>
            <numerusform>%Ln clientes guardados en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries saved to %1.</source>
        <translation>
            <numerusform>%Ln movimiento guardado en %1.</numerusform>
            <numerusform>%Ln movimientos guardados en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln cliente</numerusform>
            <numerusform>%Ln clientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the ledger…</source>
        <translation>Exportando los movimientos…</translation>
    </message>
    <message>
        <source>Export cancelled — no file was written.</source>
        <translation>Exportación cancelada: no se ha creado ningún archivo.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>No customers match</source>
        <translation>Ningún cliente coincide</translation>
    </message>
    <message>
        <source>Try fewer letters, or set the filters back to Active and Any.</source>
        <translation>Prueba con menos letras o vuelve a poner los filtros en Activo y Cualquier.</translation>
    </message>
    <message>
        <source>No customers yet</source>
        <translation>Aún no hay clientes</translation>
    </message>
    <message>
        <source>Register customers at the counter, or bring them over from another system with Import customers… above.</source>
        <translation>Da de alta clientes en el mostrador o tráelos de otro sistema con Importar clientes…, arriba.</translation>
    </message>
</context>
<context>
    <name>DecodeReport</name>
    <message>
        <source>error: {reason}</source>
        <translation>error: {reason}</translation>
    </message>
    <message>
        <source>no code found</source>
        <translation>no se ha encontrado ningún código</translation>
    </message>
</context>
<context>
    <name>DemoBuildWindow</name>
    <message>
        <source>Preparing the demo shop — loyaltydesk</source>
        <translation>Preparando el negocio de prueba — loyaltydesk</translation>
    </message>
    <message>
        <source>Preparing the demo shop…</source>
        <translation>Preparando el negocio de prueba…</translation>
    </message>
    <message>
        <source>A café with customers and a year of visits.</source>
        <translation>Una cafetería con clientes y un año de visitas.</translation>
    </message>
    <message>
        <source>Demo shop progress</source>
        <translation>Progreso del negocio de prueba</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n customer(s), with their visits and rewards</source>
        <translation>
            <numerusform>%1 de %n cliente, con sus visitas y recompensas</numerusform>
            <numerusform>%1 de %n clientes, con sus visitas y recompensas</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo shop</source>
        <translation>Negocio de prueba</translation>
    </message>
    <message>
        <source>The demo shop could not be prepared. The details are in the log file.</source>
        <translation>No se ha podido preparar el negocio de prueba. Los detalles están en el archivo de registro.</translation>
    </message>
</context>
<context>
    <name>DemoShopWords</name>
    <message>
        <source>Kopi &amp; Co. (demo)</source>
        <translation>Kopi &amp; Co. (demo)</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Plata</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Oro</translation>
    </message>
    <message>
        <source>Free coffee</source>
        <translation>Café gratis</translation>
    </message>
    <message>
        <source>Pastry of the day</source>
        <translation>Bollería del día</translation>
    </message>
    <message>
        <source>10% off</source>
        <translation>10 % de descuento</translation>
    </message>
    <message>
        <source>Tote bag</source>
        <translation>Bolsa de tela</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cajero</translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation>Bienvenido de nuevo</translation>
    </message>
    <message>
        <source>Demo Customer</source>
        <translation>Cliente de prueba</translation>
    </message>
</context>
<context>
    <name>DismissDialog</name>
    <message>
        <source>Dismiss a sync problem</source>
        <translation>Descartar un problema de sincronización</translation>
    </message>
    <message>
        <source>“%1” will never be sent to the service. Say why, for the audit log.</source>
        <translation>«%1» no se enviará nunca al servicio. Indica el motivo para el registro de auditoría.</translation>
    </message>
    <message>
        <source>e.g. fixed by hand at the service</source>
        <translation>p. ej., corregido a mano en el servicio</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <source>Setting up the shop</source>
        <translation>Configurando el negocio</translation>
    </message>
    <message>
        <source>New shop</source>
        <translation>Negocio nuevo</translation>
    </message>
    <message>
        <source>The demo shop could not be opened. Your shop is not affected.</source>
        <translation>No se ha podido abrir el negocio de prueba. Tu negocio no se ve afectado.</translation>
    </message>
    <message>
        <source>The demo shop opens in its own window, on its own database. Your shop stays as it is.</source>
        <translation>El negocio de prueba se abre en su propia ventana, con su propia base de datos. Tu negocio se queda como está.</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>today %1</source>
        <extracomment>The medium date every screen shows (&quot;30 Nov 2026&quot;): the month in words reads the same way in every locale, where a locale&apos;s short form can be &quot;30 11 2026&quot; (C) or &quot;11/30/26&quot; (US). What a typed date may look like, besides the medium form: day first with / - or ., or ISO.</extracomment>
        <translation>hoy %1</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation>ayer %1</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <source>Look up / check in / confirm</source>
        <translation>Buscar / registrar visita / confirmar</translation>
    </message>
    <message>
        <source>Clear and go back to the scan field</source>
        <translation>Borrar y volver al campo de escaneo</translation>
    </message>
    <message>
        <source>Pick a reward (when no field has focus)</source>
        <translation>Elegir una recompensa (si no hay ningún campo activo)</translation>
    </message>
    <message>
        <source>Pick a reward from anywhere</source>
        <translation>Elegir una recompensa desde cualquier sitio</translation>
    </message>
    <message>
        <source>Pay with points</source>
        <translation>Pagar con puntos</translation>
    </message>
    <message>
        <source>Register a new customer</source>
        <translation>Dar de alta un cliente nuevo</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Número de ticket</translation>
    </message>
    <message>
        <source>Go to the scan field</source>
        <translation>Ir al campo de escaneo</translation>
    </message>
    <message>
        <source>Move in the name list</source>
        <translation>Moverse por la lista de nombres</translation>
    </message>
    <message>
        <source>Void the latest transaction at this till</source>
        <translation>Anular la última operación de esta caja</translation>
    </message>
    <message>
        <source>Choose the camera</source>
        <translation>Elegir la cámara</translation>
    </message>
    <message>
        <source>Owner pages (owner PIN), and back</source>
        <translation>Páginas del propietario (PIN de propietario) y volver</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Esta lista</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Points history</source>
        <translation>Historial de puntos</translation>
    </message>
    <message numerus="yes">
        <source>The latest %Ln entries. Export their data for all of them.</source>
        <translation>
            <numerusform>Se muestra %Ln movimiento, el más reciente. Para verlos todos, exporta sus datos.</numerusform>
            <numerusform>Se muestran los %Ln movimientos más recientes. Para verlos todos, exporta sus datos.</numerusform>
        </translation>
    </message>
    <message>
        <source>No points yet — they appear here after a check-in.</source>
        <translation>Aún no hay puntos: aparecen aquí tras registrar una visita.</translation>
    </message>
</context>
<context>
    <name>HistoryWords</name>
    <message>
        <source>Check-in: %1 → %2</source>
        <translation>Visita: %1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <extracomment>Kinds whose reason is what a person typed (an adjustment, a void); other reasons are the ledger&apos;s own notes and the sentence already says them.</extracomment>
        <translation>
            <numerusform>%Ln punto</numerusform>
            <numerusform>%Ln puntos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln artículo</numerusform>
            <numerusform>%Ln artículos</numerusform>
        </translation>
    </message>
    <message>
        <source>Check-in (a visit) → %2</source>
        <translation>Visita → %2</translation>
    </message>
    <message>
        <source> (tier ×%1)</source>
        <translation> (nivel ×%1)</translation>
    </message>
    <message>
        <source>Birthday bonus</source>
        <translation>Bono de cumpleaños</translation>
    </message>
    <message>
        <source>Opening balance, imported from a file</source>
        <translation>Saldo inicial, importado de un archivo</translation>
    </message>
    <message>
        <source>Reward: %1</source>
        <translation>Recompensa: %1</translation>
    </message>
    <message>
        <source>Paid %1 with points</source>
        <translation>Pagado %1 con puntos</translation>
    </message>
    <message>
        <source>Paid with points</source>
        <translation>Pago con puntos</translation>
    </message>
    <message>
        <source>Points expired (unused)</source>
        <translation>Puntos caducados (sin usar)</translation>
    </message>
    <message>
        <source>Moved in from a merged duplicate</source>
        <translation>Traspasado de un duplicado fusionado</translation>
    </message>
    <message>
        <source>Moved to the card this one was merged into</source>
        <translation>Traspasado a la ficha con la que se fusionó</translation>
    </message>
    <message>
        <source>Void of a check-in</source>
        <translation>Anulación de una visita</translation>
    </message>
    <message>
        <source>Void: the points spent are given back</source>
        <translation>Anulación: se devuelven los puntos gastados</translation>
    </message>
    <message>
        <source>Void of an adjustment</source>
        <translation>Anulación de un ajuste</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Anulación</translation>
    </message>
    <message>
        <source>Adjusted by hand</source>
        <translation>Ajustado a mano</translation>
    </message>
</context>
<context>
    <name>IdlePanel</name>
    <message>
        <source>Ready for the next customer</source>
        <translation>Listo para el siguiente cliente</translation>
    </message>
    <message>
        <source>Scan a member card, or type a phone number, email, member code or name.</source>
        <translation>Escanea una tarjeta de socio o escribe un teléfono, correo, código de socio o nombre.</translation>
    </message>
    <message>
        <source>F1 shows every key.</source>
        <translation>F1 muestra todas las teclas.</translation>
    </message>
</context>
<context>
    <name>ImageReadError</name>
    <message>
        <source>is a folder, not an image</source>
        <translation>es una carpeta, no una imagen</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>no se encuentra el archivo</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>no se puede leer</translation>
    </message>
    <message>
        <source>not an image file that can be read</source>
        <translation>no es un archivo de imagen legible</translation>
    </message>
</context>
<context>
    <name>ImportHeaders</name>
    <message>
        <source>Name</source>
        <extracomment>A column header of a customer list (CSV) from a spreadsheet or another till: the words a shop in your language writes there. Several words may be given, separated by |.</extracomment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Nombre del cliente</translation>
    </message>
    <message>
        <source>Member name</source>
        <translation>Nombre del socio</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>Nombre de cliente</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre de pila</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre de pila</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Móvil|Celular</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>Número de móvil</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Contact number</source>
        <translation>Teléfono de contacto</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico|Correo|Email</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Dirección de correo electrónico</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Points balance</source>
        <translation>Saldo de puntos</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>Saldo inicial</translation>
    </message>
    <message>
        <source>Loyalty points</source>
        <translation>Puntos de fidelidad</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Cumpleaños</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Member code</source>
        <translation>Código de socio</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>Acepta publicidad</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Boletín</translation>
    </message>
</context>
<context>
    <name>ImportMonths</name>
    <message>
        <source>January</source>
        <extracomment>A month&apos;s name as dates are written in your language (&quot;14 de mayo&quot;); its first three letters are understood too.</extracomment>
        <translation>enero</translation>
    </message>
    <message>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
</context>
<context>
    <name>ImportView</name>
    <message>
        <source>Automatic (UTF-8)</source>
        <translation>Automática (UTF-8)</translation>
    </message>
    <message>
        <source>Windows (cp1252)</source>
        <translation>Windows (cp1252)</translation>
    </message>
    <message>
        <source>Latin-1</source>
        <translation>Latin-1</translation>
    </message>
    <message>
        <source>← All customers (Esc)</source>
        <extracomment>How the file&apos;s dates are read (``ImportPreview.day_first``), shown as an example date.</extracomment>
        <translation>← Todos los clientes (Esc)</translation>
    </message>
    <message>
        <source>Back to all customers</source>
        <translation>Volver a todos los clientes</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Importar clientes</translation>
    </message>
    <message>
        <source>Bring customers and their points over from another system&apos;s CSV file. Common column names are recognised; choose what the others hold.</source>
        <translation>Trae clientes y sus puntos desde el archivo CSV de otro sistema. Los nombres de columna habituales se reconocen; indica qué contienen las demás.</translation>
    </message>
    <message>
        <source>Choose a CSV file…</source>
        <translation>Elegir archivo CSV…</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Elige un archivo CSV</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>Aún no has elegido ningún archivo.</translation>
    </message>
    <message>
        <source>Text encoding of the file</source>
        <translation>Codificación del archivo</translation>
    </message>
    <message>
        <source>Columns in the file</source>
        <translation>Columnas del archivo</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Vista previa de las primeras filas</translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation>Filas con problemas</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Check the whole file</source>
        <translation>Revisar todo el archivo</translation>
    </message>
    <message>
        <source>Dry run: check the whole file, import nothing</source>
        <translation>Prueba: revisar todo el archivo sin importar nada</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Import the customers</source>
        <translation>Importar los clientes</translation>
    </message>
    <message>
        <source>Choose the file your old system exported.</source>
        <translation>Elige el archivo que exportó tu sistema anterior.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problemas (%1)</translation>
    </message>
    <message numerus="yes">
        <source>About %Ln row(s), with numbers written like %1 and dates like %2. The preview shows the first ones as they will be imported.</source>
        <translation>
            <numerusform>%Ln fila, con números escritos como %1 y fechas como %2. La vista previa la muestra tal como se importará.</numerusform>
            <numerusform>Unas %Ln filas, con números escritos como %1 y fechas como %2. La vista previa muestra las primeras tal como se importarán.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Revisando el archivo…</translation>
    </message>
    <message>
        <source>Importing customers…</source>
        <translation>Importando clientes…</translation>
    </message>
    <message>
        <source>Import customers?</source>
        <translation>¿Importar clientes?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Column %1 holds</source>
        <translation>La columna %1 contiene</translation>
    </message>
    <message>
        <source>Two columns are set to %1; choose one.</source>
        <translation>Hay dos columnas marcadas como %1; elige una.</translation>
    </message>
    <message>
        <source>Choose the column that holds the phone or the email.</source>
        <translation>Elige la columna que contiene el teléfono o el correo.</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>Language on this computer</source>
        <translation>Idioma en este ordenador</translation>
    </message>
    <message>
        <source>The system&apos;s language (%1)</source>
        <translation>El idioma del sistema (%1)</translation>
    </message>
    <message>
        <source>Saved at once, for this computer only: other tills keep their own. loyaltydesk speaks it from the next start.</source>
        <translation>Se guarda al momento y solo para este ordenador: las demás cajas mantienen el suyo. loyaltydesk lo usará desde el próximo inicio.</translation>
    </message>
</context>
<context>
    <name>LogoPicker</name>
    <message>
        <source>Shop logo</source>
        <translation>Logo del negocio</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Elegir logo…</translation>
    </message>
    <message>
        <source>Choose a logo image</source>
        <translation>Elige una imagen para el logo</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Quitar logo</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Quitar el logo</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sin logo</translation>
    </message>
</context>
<context>
    <name>LongTask</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>loyaltydesk</source>
        <extracomment>What ``attach`` and the owner pages import: SQLAlchemy, the store and the services with them. ``attach`` is done: the store is open and every page is there.</extracomment>
        <translation>loyaltydesk</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The owner pages need an owner&apos;s PIN.</source>
        <translation>Las páginas del propietario necesitan un PIN de propietario.</translation>
    </message>
    <message>
        <source>Owner pages · %1</source>
        <translation>Páginas del propietario · %1</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo ha fallado</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. The details are in the log file. You can keep working.</source>
        <translation>Ha ocurrido un error inesperado. Los detalles están en el archivo de registro. Puedes seguir trabajando.</translation>
    </message>
    <message>
        <source>%1 — loyaltydesk</source>
        <translation>%1 — loyaltydesk</translation>
    </message>
</context>
<context>
    <name>MemberCard</name>
    <message>
        <source>Member cards – {shop}</source>
        <translation>Tarjetas de socio – {shop}</translation>
    </message>
    <message>
        <source>Member code</source>
        <translation>Código de socio</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge a duplicate</source>
        <translation>Fusionar un duplicado</translation>
    </message>
    <message>
        <source>The duplicate&apos;s points and history move to %1. Its record stays, marked merged, so the audit trail is kept.</source>
        <translation>Los puntos y el historial del duplicado pasan a %1. Su ficha se conserva, marcada como fusionada, para mantener el registro de auditoría.</translation>
    </message>
    <message>
        <source>Member code, phone or email of the duplicate</source>
        <translation>Código de socio, teléfono o correo del duplicado</translation>
    </message>
    <message>
        <source>Duplicate customer</source>
        <translation>Cliente duplicado</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Find the duplicate</source>
        <translation>Buscar el duplicado</translation>
    </message>
    <message>
        <source>No duplicate chosen yet.</source>
        <translation>Aún no has elegido ningún duplicado.</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Fusionar…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicado</translation>
    </message>
    <message>
        <source>Type who the duplicate is.</source>
        <translation>Indica cuál es el duplicado.</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>That is this customer.</source>
        <translation>Ese es este mismo cliente.</translation>
    </message>
    <message>
        <source>That record is already closed.</source>
        <translation>Esa ficha ya está cerrada.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln punto</numerusform>
            <numerusform>%Ln puntos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>%1 cannot be reached now. New customer — fill in and press Enter.</source>
        <translation>Ahora no se puede conectar con %1. Cliente nuevo: rellena los datos y pulsa Enter.</translation>
    </message>
    <message>
        <source>No customer found. Ctrl+N registers a new one.</source>
        <translation>No se ha encontrado ningún cliente. Ctrl+N da de alta uno nuevo.</translation>
    </message>
    <message>
        <source>No customer found here, and %1 cannot be reached now. Ctrl+N registers a new one.</source>
        <translation>No se ha encontrado ningún cliente aquí y ahora no se puede conectar con %1. Ctrl+N da de alta uno nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>%1 redeemed — %2 point(s)</source>
        <translation>
            <numerusform>Recompensa canjeada: %1 — %2 punto</numerusform>
            <numerusform>Recompensa canjeada: %1 — %2 puntos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 point(s) paid %2</source>
        <translation>
            <numerusform>Pagado %2 con %1 punto</numerusform>
            <numerusform>Pagado %2 con %1 puntos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Voided — %1 point(s)</source>
        <translation>
            <numerusform>Anulado — %1 punto</numerusform>
            <numerusform>Anulado — %1 puntos</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>(already recorded — nothing changed)</source>
        <translation>(ya registrado: no ha cambiado nada)</translation>
    </message>
    <message>
        <source>Balance %1</source>
        <translation>Saldo %1</translation>
    </message>
    <message>
        <source>Blocked customer — nothing can be recorded.</source>
        <translation>Cliente bloqueado: no se puede registrar nada.</translation>
    </message>
    <message numerus="yes">
        <source>%1: the last customer was cleared %n second(s) after their result. Scan their card again.</source>
        <translation>
            <numerusform>%1: el último cliente se borró de la pantalla %n segundo después de su resultado. Vuelve a escanear su tarjeta.</numerusform>
            <numerusform>%1: el último cliente se borró de la pantalla %n segundos después de su resultado. Vuelve a escanear su tarjeta.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: there is no customer on the card. Scan a member card first.</source>
        <translation>%1: no hay ningún cliente en pantalla. Escanea primero una tarjeta de socio.</translation>
    </message>
    <message>
        <source>This shop does not take points as payment.</source>
        <translation>Este negocio no acepta puntos como pago.</translation>
    </message>
    <message>
        <source>%1: there is no reward number %2.</source>
        <translation>%1: no hay ninguna recompensa con el número %2.</translation>
    </message>
    <message>
        <source>Not enough points: %1 of %2.</source>
        <translation>No hay puntos suficientes: %1 de %2.</translation>
    </message>
    <message numerus="yes">
        <source>Redeem %1 for %Ln point(s)?</source>
        <translation>
            <numerusform>¿Canjear %1 por %Ln punto?</numerusform>
            <numerusform>¿Canjear %1 por %Ln puntos?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pay %1 with %Ln point(s)?</source>
        <translation>
            <numerusform>¿Pagar %1 con %Ln punto?</numerusform>
            <numerusform>¿Pagar %1 con %Ln puntos?</numerusform>
        </translation>
    </message>
    <message>
        <source>New customer — fill in and press Enter.</source>
        <translation>Cliente nuevo: rellena los datos y pulsa Enter.</translation>
    </message>
    <message>
        <source>Type a phone number or an email address.</source>
        <translation>Escribe un teléfono o un correo electrónico.</translation>
    </message>
    <message>
        <source>That birth date is not valid.</source>
        <translation>Esa fecha de nacimiento no es válida.</translation>
    </message>
    <message>
        <source>A customer with this email is already registered.</source>
        <translation>Ya hay un cliente dado de alta con este correo.</translation>
    </message>
    <message>
        <source>A customer with this phone number is already registered.</source>
        <translation>Ya hay un cliente dado de alta con este teléfono.</translation>
    </message>
    <message>
        <source>The name is too long or has signs it cannot have.</source>
        <translation>El nombre es demasiado largo o tiene caracteres no permitidos.</translation>
    </message>
    <message>
        <source>Welcome, %1! Member code %2.</source>
        <translation>¡Hola, %1! Código de socio %2.</translation>
    </message>
    <message>
        <source>Looking it up at %1… You can keep working; Esc cancels.</source>
        <translation>Buscando en %1… Puedes seguir trabajando; Esc cancela.</translation>
    </message>
    <message>
        <source>Found at %1 — added to this shop&apos;s customers.</source>
        <translation>Encontrado en %1: añadido a los clientes de este negocio.</translation>
    </message>
    <message>
        <source>Found at %1 — linked to this shop&apos;s customer.</source>
        <translation>Encontrado en %1: vinculado al cliente de este negocio.</translation>
    </message>
    <message>
        <source>Nothing recent at this till can be voided.</source>
        <translation>No hay nada reciente en esta caja que se pueda anular.</translation>
    </message>
    <message>
        <source>That cannot be voided.</source>
        <translation>Eso no se puede anular.</translation>
    </message>
    <message>
        <source>Only an owner can void an adjustment: type an owner&apos;s PIN.</source>
        <translation>Solo un propietario puede anular un ajuste: escribe un PIN de propietario.</translation>
    </message>
    <message>
        <source>This one is from another till: type an owner&apos;s PIN.</source>
        <translation>Esta operación es de otra caja: escribe un PIN de propietario.</translation>
    </message>
    <message numerus="yes">
        <source>This one is older than %n minute(s): type an owner&apos;s PIN.</source>
        <translation>
            <numerusform>Esta operación tiene más de %n minuto: escribe un PIN de propietario.</numerusform>
            <numerusform>Esta operación tiene más de %n minutos: escribe un PIN de propietario.</numerusform>
        </translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>Para %1</translation>
    </message>
    <message>
        <source>Scan the customer&apos;s member card first: %1 needs to know who uses the voucher. It comes back here after.</source>
        <translation>Escanea primero la tarjeta de socio del cliente: %1 necesita saber quién usa el vale. Después vuelve aquí.</translation>
    </message>
    <message>
        <source>%1 off — the customer pays %2. Redeem the voucher?</source>
        <translation>%1 de descuento: el cliente paga %2. ¿Canjear el vale?</translation>
    </message>
    <message>
        <source>%1 — redeem the voucher?</source>
        <translation>%1: ¿canjear el vale?</translation>
    </message>
    <message>
        <source>Voucher redeemed — %1 off · the customer pays %2</source>
        <translation>Vale canjeado — %1 de descuento · el cliente paga %2</translation>
    </message>
    <message>
        <source>Voucher redeemed — %1</source>
        <translation>Vale canjeado — %1</translation>
    </message>
    <message>
        <source>Not enough points.</source>
        <translation>No hay puntos suficientes.</translation>
    </message>
    <message>
        <source>Checked in just now — press Enter to check in again.</source>
        <translation>Visita registrada hace un momento: pulsa Enter para registrar otra.</translation>
    </message>
    <message>
        <source>Already redeemed on %1 at %2 by %3.</source>
        <translation>Ya canjeado el %1, %2, por %3.</translation>
    </message>
    <message>
        <source>This voucher expired on %1.</source>
        <translation>Este vale caducó el %1.</translation>
    </message>
    <message>
        <source>This voucher is valid from %1.</source>
        <translation>Este vale es válido desde el %1.</translation>
    </message>
    <message>
        <source>This voucher needs a purchase of at least %1.</source>
        <translation>Este vale requiere una compra mínima de %1.</translation>
    </message>
    <message>
        <source>%1 is more than this shop&apos;s largest usual purchase (%2). Is the amount right? Enter checks in, Esc goes back.</source>
        <translation>%1 supera la compra más alta habitual de este negocio (%2). ¿Es correcto el importe? Enter registra la visita, Esc vuelve atrás.</translation>
    </message>
    <message>
        <source>%1 is more than the counter records at once (at most %2). Check the amount.</source>
        <translation>%1 es más de lo que el mostrador registra de una vez (máximo %2). Revisa el importe.</translation>
    </message>
    <message numerus="yes">
        <source>Checked in %n minute(s) ago — press Enter to check in again.</source>
        <translation>
            <numerusform>Visita registrada hace un minuto: pulsa Enter para registrar otra.</numerusform>
            <numerusform>Visita registrada hace %n minutos: pulsa Enter para registrar otra.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Demasiados PIN incorrectos. Vuelve a intentarlo dentro de %n segundo.</numerusform>
            <numerusform>Demasiados PIN incorrectos. Vuelve a intentarlo dentro de %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the amount as a number, like 25.50.</source>
        <translation>Escribe el importe en cifras, como 25,50.</translation>
    </message>
    <message>
        <source>Type how many units, as a whole number.</source>
        <translation>Escribe las unidades como número entero.</translation>
    </message>
    <message>
        <source>Type the points as a whole number above 0.</source>
        <translation>Escribe los puntos como número entero mayor que 0.</translation>
    </message>
    <message>
        <source>That could not be read. Scan again or type it.</source>
        <translation>No se ha podido leer. Vuelve a escanear o escríbelo.</translation>
    </message>
    <message>
        <source>That phone number is not valid.</source>
        <translation>Ese número de teléfono no es válido.</translation>
    </message>
    <message>
        <source>That email address is not valid.</source>
        <translation>Ese correo electrónico no es válido.</translation>
    </message>
    <message>
        <source>Please check what you typed.</source>
        <translation>Revisa lo que has escrito.</translation>
    </message>
    <message>
        <source>The receipt number is at most 40 letters, digits or signs, with no spaces.</source>
        <translation>El número de ticket tiene como máximo 40 letras, cifras o signos, sin espacios.</translation>
    </message>
    <message>
        <source>No customer found.</source>
        <translation>No se ha encontrado ningún cliente.</translation>
    </message>
    <message>
        <source>A customer with that phone or email already exists.</source>
        <translation>Ya hay un cliente con ese teléfono o correo.</translation>
    </message>
    <message>
        <source>More than one customer matches. Scan their card instead.</source>
        <translation>Coincide más de un cliente. Escanea su tarjeta.</translation>
    </message>
    <message>
        <source>That reward no longer exists.</source>
        <translation>Esa recompensa ya no existe.</translation>
    </message>
    <message>
        <source>That reward is no longer offered.</source>
        <translation>Esa recompensa ya no se ofrece.</translation>
    </message>
    <message>
        <source>That transaction was not found.</source>
        <translation>No se ha encontrado esa operación.</translation>
    </message>
    <message>
        <source>That was already voided.</source>
        <translation>Eso ya estaba anulado.</translation>
    </message>
    <message>
        <source>That receipt number was already used for something else.</source>
        <translation>Ese número de ticket ya se ha usado para otra cosa.</translation>
    </message>
    <message>
        <source>This needs an owner.</source>
        <translation>Esto lo tiene que hacer un propietario.</translation>
    </message>
    <message>
        <source>Please sign in first.</source>
        <translation>Inicia sesión primero.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN incorrecto.</translation>
    </message>
    <message>
        <source>That PIN is not an owner&apos;s.</source>
        <translation>Ese PIN no es de un propietario.</translation>
    </message>
    <message>
        <source>That amount is unusually large. Is it right?</source>
        <translation>Ese importe es inusualmente alto. ¿Es correcto?</translation>
    </message>
    <message>
        <source>That amount is more than the counter records at once.</source>
        <translation>Ese importe es más de lo que el mostrador registra de una vez.</translation>
    </message>
    <message>
        <source>Points can pay at most the purchase amount.</source>
        <translation>Con puntos se puede pagar como máximo el importe de la compra.</translation>
    </message>
    <message>
        <source>The shop database is not available. Check the connection.</source>
        <translation>La base de datos del negocio no está disponible. Revisa la conexión.</translation>
    </message>
    <message>
        <source>No voucher has that code.</source>
        <translation>No hay ningún vale con ese código.</translation>
    </message>
    <message>
        <source>This voucher was cancelled.</source>
        <translation>Este vale está cancelado.</translation>
    </message>
    <message>
        <source>This voucher was already redeemed.</source>
        <translation>Este vale ya se ha canjeado.</translation>
    </message>
    <message>
        <source>This voucher has expired.</source>
        <translation>Este vale ha caducado.</translation>
    </message>
    <message>
        <source>This voucher is not valid yet.</source>
        <translation>Este vale aún no es válido.</translation>
    </message>
    <message>
        <source>The purchase is below this voucher&apos;s minimum.</source>
        <translation>La compra no llega al mínimo de este vale.</translation>
    </message>
    <message>
        <source>That voucher code cannot be read.</source>
        <translation>No se puede leer ese código de vale.</translation>
    </message>
    <message>
        <source>Scan the customer&apos;s member card first, then the voucher again: the loyalty service needs to know who uses it.</source>
        <translation>Escanea primero la tarjeta de socio del cliente y luego otra vez el vale: el servicio de fidelización necesita saber quién lo usa.</translation>
    </message>
    <message>
        <source>This customer&apos;s personal data was erased.</source>
        <translation>Los datos personales de este cliente se han borrado.</translation>
    </message>
    <message>
        <source>This customer was merged into another record.</source>
        <translation>Este cliente se ha fusionado con otra ficha.</translation>
    </message>
    <message>
        <source>The shop needs at least one owner.</source>
        <translation>El negocio necesita al menos un propietario.</translation>
    </message>
    <message numerus="yes">
        <source>%1 point(s)</source>
        <translation>
            <numerusform>%1 punto</numerusform>
            <numerusform>%1 puntos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at 1 point per %2</source>
        <translation>%1 a 1 punto por cada %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln punto</numerusform>
            <numerusform>%Ln puntos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unit(s) at %1 each</source>
        <translation>
            <numerusform>%Ln unidad a %1 cada una</numerusform>
            <numerusform>%Ln unidades a %1 cada una</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) per visit</source>
        <translation>
            <numerusform>%Ln punto por visita</numerusform>
            <numerusform>%Ln puntos por visita</numerusform>
        </translation>
    </message>
    <message>
        <source> (×%1 %2)</source>
        <translation> (×%1 %2)</translation>
    </message>
    <message>
        <source>Happy birthday: +%1 bonus</source>
        <translation>Feliz cumpleaños: +%1 de regalo</translation>
    </message>
    <message>
        <source>Now %1!</source>
        <translation>¡Nuevo nivel: %1!</translation>
    </message>
    <message>
        <source>%1 is now available</source>
        <translation>%1 ya está disponible</translation>
    </message>
</context>
<context>
    <name>OwnerArea</name>
    <message>
        <source>Owner sections</source>
        <translation>Secciones del propietario</translation>
    </message>
    <message>
        <source>No owner pages yet.</source>
        <translation>Aún no hay páginas del propietario.</translation>
    </message>
    <message>
        <source>Back to the counter (F10)</source>
        <translation>Volver al mostrador (F10)</translation>
    </message>
    <message>
        <source>Back to the counter</source>
        <translation>Volver al mostrador</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Propietario: %1</translation>
    </message>
</context>
<context>
    <name>OwnerAreaWords</name>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Recompensas</translation>
    </message>
    <message>
        <source>Vouchers</source>
        <translation>Vales</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
</context>
<context>
    <name>OwnerPinDialog</name>
    <message>
        <source>Owner PIN</source>
        <translation>PIN de propietario</translation>
    </message>
</context>
<context>
    <name>PickList</name>
    <message>
        <source>Customers with that name</source>
        <translation>Clientes con ese nombre</translation>
    </message>
    <message>
        <source>Which customer? ↑ ↓ then Enter</source>
        <translation>¿Qué cliente? ↑ ↓ y luego Enter</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 ptos.</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Print preview</source>
        <translation>Vista previa de impresión</translation>
    </message>
</context>
<context>
    <name>PrintSheet</name>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <source>Cannot start printing.</source>
        <translation>No se puede empezar a imprimir.</translation>
    </message>
    <message>
        <source>Cannot add a page.</source>
        <translation>No se puede añadir una página.</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Agrees to receive offers</source>
        <translation>Acepta recibir ofertas</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>Consentimiento comercial</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Guardar perfil</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Deshacer cambios</translation>
    </message>
    <message>
        <source>Undo changes to the profile</source>
        <translation>Deshacer los cambios del perfil</translation>
    </message>
    <message>
        <source>optional, e.g. %1</source>
        <translation>opcional, p. ej. %1</translation>
    </message>
    <message>
        <source>At most %1 printable characters.</source>
        <translation>Como máximo %1 caracteres imprimibles.</translation>
    </message>
    <message>
        <source>A customer needs a phone number or an email address.</source>
        <translation>Un cliente necesita un teléfono o un correo electrónico.</translation>
    </message>
    <message>
        <source>Type a date like %1 or %2, or only the day and month: %3.</source>
        <translation>Escribe una fecha como %1 o %2, o solo el día y el mes: %3.</translation>
    </message>
</context>
<context>
    <name>RecentStrip</name>
    <message>
        <source>Recent at this till</source>
        <translation>Recientes en esta caja</translation>
    </message>
    <message>
        <source>Recent at this till:</source>
        <translation>Recientes en esta caja:</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>nada todavía</translation>
    </message>
    <message>
        <source>joined</source>
        <translation>alta</translation>
    </message>
    <message>
        <source>voucher</source>
        <translation>vale</translation>
    </message>
    <message>
        <source>(voided)</source>
        <translation>(anulado)</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Anular</translation>
    </message>
    <message>
        <source>Void %1</source>
        <translation>Anular %1</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>RegisterForm</name>
    <message>
        <source>New customer</source>
        <translation>Cliente nuevo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Amount spent</source>
        <translation>Importe gastado</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Agrees to receive offers</source>
        <translation>Acepta recibir ofertas</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>Consentimiento comercial</translation>
    </message>
    <message>
        <source>Register and check in</source>
        <translation>Dar de alta y registrar</translation>
    </message>
    <message>
        <source>Not found. Register them now — Enter saves and checks in.</source>
        <translation>No encontrado. Dalo de alta ahora: Enter guarda y registra la visita.</translation>
    </message>
    <message>
        <source>Type their phone or email — Enter saves and checks in.</source>
        <translation>Escribe su teléfono o correo: Enter guarda y registra la visita.</translation>
    </message>
    <message>
        <source>optional, e.g. %1</source>
        <translation>opcional, p. ej. %1</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Mes pasado</translation>
    </message>
    <message>
        <source>Choose dates</source>
        <translation>Elegir fechas</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source> check-ins a day</source>
        <translation> visitas al día</translation>
    </message>
    <message>
        <source>Flag customers with more check-ins a day than</source>
        <translation>Marcar clientes con más visitas al día que</translation>
    </message>
    <message>
        <source>Show report</source>
        <translation>Ver informe</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Flag more than</source>
        <translation>Marcar más de</translation>
    </message>
    <message>
        <source>Working out the report</source>
        <translation>Calculando el informe</translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation>Exportar resumen</translation>
    </message>
    <message>
        <source>Check-ins by hour</source>
        <translation>Visitas por hora</translation>
    </message>
    <message>
        <source>Check-ins by day of the week</source>
        <translation>Visitas por día de la semana</translation>
    </message>
    <message>
        <source>Top customers</source>
        <translation>Mejores clientes</translation>
    </message>
    <message>
        <source>Rewards redeemed</source>
        <translation>Recompensas canjeadas</translation>
    </message>
    <message>
        <source>Unusual check-ins: more than the number above on one day</source>
        <translation>Visitas inusuales: más de la cifra indicada arriba en un mismo día</translation>
    </message>
    <message>
        <source>Saved as %2 (rows: %1).</source>
        <translation>Guardado como %2 (filas: %1).</translation>
    </message>
    <message>
        <source>Export as CSV: %1</source>
        <translation>Exportar a CSV: %1</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>%1 to %2 · worked out at %3</source>
        <translation>Del %1 al %2 · calculado: %3</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Exportar a CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ReportsPageWords</name>
    <message>
        <source>Check-ins</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>Socios nuevos</translation>
    </message>
    <message>
        <source>Returning members</source>
        <translation>Socios que repiten</translation>
    </message>
    <message>
        <source>Rewards redeemed</source>
        <translation>Recompensas canjeadas</translation>
    </message>
    <message>
        <source>Points issued</source>
        <translation>Puntos emitidos</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>Puntos canjeados</translation>
    </message>
    <message>
        <source>Points expired</source>
        <translation>Puntos caducados</translation>
    </message>
    <message>
        <source>Outstanding points</source>
        <translation>Puntos sin canjear</translation>
    </message>
    <message>
        <source>different customers: %1</source>
        <translation>clientes distintos: %1</translation>
    </message>
    <message>
        <source>joined in the period</source>
        <translation>dados de alta en el periodo</translation>
    </message>
    <message>
        <source>joined before, came back</source>
        <translation>dados de alta antes, han vuelto</translation>
    </message>
    <message>
        <source>earned: %1 · added by hand: %2</source>
        <translation>ganados: %1 · añadidos a mano: %2</translation>
    </message>
    <message>
        <source>customers holding points: %1</source>
        <translation>clientes con puntos: %1</translation>
    </message>
    <message>
        <source>worth %1 · customers holding points: %2</source>
        <translation>valor %1 · clientes con puntos: %2</translation>
    </message>
    <message>
        <source>No check-ins in this period</source>
        <translation>No hay visitas en este periodo</translation>
    </message>
    <message>
        <source>Check-ins by hour of the day</source>
        <translation>Visitas por hora del día</translation>
    </message>
    <message>
        <source>Check-ins by day of the week</source>
        <translation>Visitas por día de la semana</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Recompensa</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Veces</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>No rewards were redeemed in this period.</source>
        <translation>No se canjeó ninguna recompensa en este periodo.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Member code</source>
        <translation>Código de socio</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>Puntos ganados</translation>
    </message>
    <message>
        <source>Top customers</source>
        <translation>Mejores clientes</translation>
    </message>
    <message>
        <source>Nobody earned points in this period.</source>
        <translation>Nadie ganó puntos en este periodo.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Check-ins that day</source>
        <translation>Visitas ese día</translation>
    </message>
    <message>
        <source>Unusual check-ins</source>
        <translation>Visitas inusuales</translation>
    </message>
    <message>
        <source>Nobody checked in more often than usual in this period.</source>
        <translation>Nadie vino más veces de lo habitual en este periodo.</translation>
    </message>
</context>
<context>
    <name>ResultBanner</name>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Yes (Enter)</source>
        <translation>Sí (Enter)</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>No (Esc)</source>
        <translation>No (Esc)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>RewardDialog</name>
    <message>
        <source>New reward</source>
        <translation>Nueva recompensa</translation>
    </message>
    <message>
        <source>Edit reward</source>
        <translation>Editar recompensa</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the reward</source>
        <translation>Guardar la recompensa</translation>
    </message>
    <message>
        <source>For example: Free coffee</source>
        <translation>Por ejemplo: Café gratis</translation>
    </message>
    <message>
        <source>points</source>
        <translation>puntos</translation>
    </message>
    <message>
        <source>Offered at the counter</source>
        <translation>Se ofrece en el mostrador</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>A new cost applies from now on; past redemptions keep what they cost.</source>
        <translation>El nuevo coste se aplica a partir de ahora; los canjes anteriores mantienen lo que costaron.</translation>
    </message>
    <message>
        <source>Give the reward a title.</source>
        <translation>Ponle un título a la recompensa.</translation>
    </message>
    <message>
        <source>A title is at most %1 characters.</source>
        <translation>Un título tiene como máximo %1 caracteres.</translation>
    </message>
</context>
<context>
    <name>RewardRow</name>
    <message>
        <source>%1 pts</source>
        <translation>%1 ptos.</translation>
    </message>
    <message>
        <source>Redeem</source>
        <translation>Canjear</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Aún no</translation>
    </message>
    <message>
        <source>Redeem %1</source>
        <translation>Canjear %1</translation>
    </message>
</context>
<context>
    <name>RewardsPage</name>
    <message>
        <source>New reward</source>
        <translation>Nueva recompensa</translation>
    </message>
    <message>
        <source>Add a reward (Ctrl+N)</source>
        <translation>Añadir una recompensa (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit the reward (Enter)</source>
        <translation>Editar la recompensa (Enter)</translation>
    </message>
    <message>
        <source>Stop offering</source>
        <translation>Dejar de ofrecer</translation>
    </message>
    <message>
        <source>Offer it or stop offering</source>
        <translation>Ofrecerla o dejar de ofrecerla</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move up in the list (Alt+Up)</source>
        <translation>Subir en la lista (Alt+↑)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move down in the list (Alt+Down)</source>
        <translation>Bajar en la lista (Alt+↓)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Recompensa</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln punto</numerusform>
            <numerusform>%Ln puntos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reward(s)</source>
        <translation>
            <numerusform>%Ln recompensa</numerusform>
            <numerusform>%Ln recompensas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln reward(s)</source>
        <translation>
            <numerusform>%1 de %Ln recompensa</numerusform>
            <numerusform>%1 de %Ln recompensas</numerusform>
        </translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Se ofrece</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Search rewards</source>
        <translation>Buscar recompensas</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Recompensas</translation>
    </message>
    <message>
        <source>No rewards yet — add one with New reward.</source>
        <translation>Aún no hay recompensas: añade una con Nueva recompensa.</translation>
    </message>
    <message>
        <source>What customers can redeem their points for. The counter offers them in this order and numbers them 1 to 9.</source>
        <translation>Lo que los clientes pueden conseguir canjeando sus puntos. El mostrador las ofrece en este orden y las numera del 1 al 9.</translation>
    </message>
    <message>
        <source>No reward matches “%1”.</source>
        <translation>Ninguna recompensa coincide con «%1».</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>Recompensa añadida: %1.</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>Recompensa guardada: %1.</translation>
    </message>
    <message>
        <source>%1 is offered again.</source>
        <translation>%1 se vuelve a ofrecer.</translation>
    </message>
    <message>
        <source>%1 is no longer offered. Past redemptions stay in the history.</source>
        <translation>%1 ya no se ofrece. Los canjes anteriores siguen en el historial.</translation>
    </message>
    <message>
        <source>Offer again</source>
        <translation>Volver a ofrecer</translation>
    </message>
</context>
<context>
    <name>RulesPreview</name>
    <message>
        <source>never expire</source>
        <translation>no caducan</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Points earned from now on %1 (until now: %2).</source>
        <translation>Los puntos ganados a partir de ahora %1 (hasta ahora: %2).</translation>
    </message>
    <message>
        <source>nothing (paying with points is off)</source>
        <translation>nada (el pago con puntos está desactivado)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln cliente</numerusform>
            <numerusform>%Ln clientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expire after %Ln month(s)</source>
        <translation>
            <numerusform>caducan al cabo de %Ln mes</numerusform>
            <numerusform>caducan a los %Ln meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>after %Ln month(s)</source>
        <translation>
            <numerusform>al cabo de %Ln mes</numerusform>
            <numerusform>a los %Ln meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln point(s) earned before, held by %1, keep the expiry dates they have.</source>
        <translation>
            <numerusform>El %Ln punto ganado antes, en poder de %1, mantiene su fecha de caducidad.</numerusform>
            <numerusform>Los %Ln puntos ganados antes, en poder de %1, mantienen sus fechas de caducidad.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of those points, held by %1, have no expiry date and keep none.</source>
        <translation>
            <numerusform>%Ln de esos puntos, en poder de %1, no tiene fecha de caducidad y seguirá sin ella.</numerusform>
            <numerusform>%Ln de esos puntos, en poder de %1, no tienen fecha de caducidad y seguirán sin ella.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The new earning rules apply from the next check-in: %1 checked in during the last %Ln day(s).</source>
        <translation>
            <numerusform>Las nuevas reglas para ganar puntos se aplican desde la próxima visita: en el último día hubo visitas de %1.</numerusform>
            <numerusform>Las nuevas reglas para ganar puntos se aplican desde la próxima visita: en los últimos %Ln días hubo visitas de %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln point(s) customers hold are worth %1 when paying with points, instead of %2.</source>
        <translation>
            <numerusform>El %Ln punto que tienen los clientes vale %1 al pagar con puntos, en lugar de %2.</numerusform>
            <numerusform>Los %Ln puntos que tienen los clientes valen %1 al pagar con puntos, en lugar de %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Past ledger entries are never rewritten.</source>
        <translation>Los movimientos anteriores nunca se modifican.</translation>
    </message>
    <message>
        <source>Save the new rules?</source>
        <translation>¿Guardar las nuevas reglas?</translation>
    </message>
    <message>
        <source>You are changing:</source>
        <translation>Vas a cambiar:</translation>
    </message>
    <message>
        <source>Save the new rules</source>
        <translation>Guardar las nuevas reglas</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ScanField</name>
    <message>
        <source>Scan or type phone / email / code / name</source>
        <extracomment>Keystrokes closer together than this belong to one burst; people do not type this fast. The Enter that ends a burst comes this soon after its last character. A burst this short is too short to be a code. What the scan path can look up; a burst of anything else stays where it was typed.</extracomment>
        <translation>Escanea o escribe teléfono / correo / código / nombre</translation>
    </message>
    <message>
        <source>Scan or search</source>
        <translation>Escanea o busca</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>For money spent</source>
        <translation>Por importe gastado</translation>
    </message>
    <message>
        <source>For each visit</source>
        <translation>Por cada visita</translation>
    </message>
    <message>
        <source>For each unit bought</source>
        <translation>Por cada unidad comprada</translation>
    </message>
    <message>
        <source>points</source>
        <translation>puntos</translation>
    </message>
    <message>
        <source>Largest usual purchase</source>
        <translation>Compra habitual más grande</translation>
    </message>
    <message>
        <source>Points expire</source>
        <translation>Los puntos caducan</translation>
    </message>
    <message>
        <source>months</source>
        <translation>meses</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>Customers may pay with points</source>
        <translation>Los clientes pueden pagar con puntos</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Nombre del negocio</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Three letters: MYR, EUR…</source>
        <translation>Tres letras: MYR, EUR…</translation>
    </message>
    <message>
        <source>Default phone region</source>
        <translation>Región telefónica predeterminada</translation>
    </message>
    <message>
        <source>For numbers without +country code: MY, IE…</source>
        <translation>Para números sin +prefijo de país: MY, IE…</translation>
    </message>
    <message>
        <source>Customers earn points</source>
        <translation>Los clientes ganan puntos</translation>
    </message>
    <message>
        <source>Points per visit</source>
        <translation>Puntos por visita</translation>
    </message>
    <message>
        <source>Spend for 1 point</source>
        <translation>Gasto para 1 punto</translation>
    </message>
    <message>
        <source>Before the tier&apos;s multiplier.</source>
        <translation>Antes del multiplicador del nivel.</translation>
    </message>
    <message>
        <source>Points per unit</source>
        <translation>Puntos por unidad</translation>
    </message>
    <message>
        <source>Above this the counter asks the cashier to confirm the amount. Empty: the usual default.</source>
        <translation>Por encima de esto, el mostrador pide al cajero que confirme el importe. Vacío: el valor habitual.</translation>
    </message>
    <message>
        <source>Points expire after</source>
        <translation>Los puntos caducan a los</translation>
    </message>
    <message>
        <source>Counted from the day the points were earned.</source>
        <translation>Contando desde el día en que se ganaron los puntos.</translation>
    </message>
    <message>
        <source>Check-in cooldown</source>
        <translation>Pausa entre visitas</translation>
    </message>
    <message>
        <source>A second check-in this soon asks the cashier to confirm.</source>
        <translation>Si se registra otra visita antes de este tiempo, el cajero debe confirmarla.</translation>
    </message>
    <message>
        <source>Points on their birthday</source>
        <translation>Puntos por su cumpleaños</translation>
    </message>
    <message>
        <source>Added once a year, at the first check-in in the customer&apos;s birthday month. 0 turns it off.</source>
        <translation>Se suman una vez al año, en la primera visita del mes de cumpleaños del cliente. 0 lo desactiva.</translation>
    </message>
    <message>
        <source>Value of 1 point</source>
        <translation>Valor de 1 punto</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>PNG or JPEG, 256 KiB.</source>
        <translation>PNG o JPEG, 256 KiB.</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Negocio</translation>
    </message>
    <message>
        <source>Earning</source>
        <translation>Ganar puntos</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Niveles</translation>
    </message>
    <message>
        <source>A customer&apos;s tier follows what they spent in the last 12 months; the first tier starts at 0. Double-click a cell to change it.</source>
        <translation>El nivel de un cliente depende de lo que gastó en los últimos 12 meses; el primer nivel empieza en 0. Haz doble clic en una celda para cambiarla.</translation>
    </message>
    <message>
        <source>Expiry and cooldown</source>
        <translation>Caducidad y pausa entre visitas</translation>
    </message>
    <message>
        <source>Birthday bonus</source>
        <translation>Bono de cumpleaños</translation>
    </message>
    <message>
        <source>Paying with points</source>
        <translation>Pago con puntos</translation>
    </message>
    <message>
        <source>Type an amount, like 1.00.</source>
        <translation>Escribe un importe, como 1,00.</translation>
    </message>
    <message>
        <source>Type an amount, like 0.01.</source>
        <translation>Escribe un importe, como 0,01.</translation>
    </message>
    <message>
        <source>Type an amount above 0 and at most %1, like 1000, or leave it empty.</source>
        <translation>Escribe un importe mayor que 0 y como máximo %1, como 1000, o déjalo vacío.</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>predeterminado: %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>What is wrong with the settings</source>
        <translation>Qué falla en los ajustes</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Deshacer cambios</translation>
    </message>
    <message>
        <source>Undo the changes</source>
        <translation>Deshacer los cambios</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Guardar los ajustes</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>How the program works. New rules apply from now on: points already earned keep their expiry dates and past entries are never rewritten.</source>
        <translation>Cómo funciona el programa. Las nuevas reglas se aplican a partir de ahora: los puntos ya ganados mantienen sus fechas de caducidad y los movimientos anteriores nunca se modifican.</translation>
    </message>
    <message>
        <source>Choose the shop&apos;s logo</source>
        <translation>Elige el logo del negocio</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>That file cannot be read.</source>
        <translation>No se puede leer ese archivo.</translation>
    </message>
    <message>
        <source>Saved. The counter uses the new settings now.</source>
        <translation>Guardado. El mostrador ya usa los nuevos ajustes.</translation>
    </message>
    <message>
        <source>Saved: loyaltydesk speaks %1 on this computer from its next start.</source>
        <translation>Guardado: loyaltydesk estará en %1 en este ordenador desde el próximo inicio.</translation>
    </message>
    <message>
        <source>Saved: loyaltydesk follows the system&apos;s language from its next start.</source>
        <translation>Guardado: loyaltydesk seguirá el idioma del sistema desde el próximo inicio.</translation>
    </message>
    <message>
        <source>Unsaved settings</source>
        <translation>Ajustes sin guardar</translation>
    </message>
    <message>
        <source>The settings have changes that are not saved. Leave without them?</source>
        <translation>Los ajustes tienen cambios sin guardar. ¿Salir sin guardarlos?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
</context>
<context>
    <name>SettingsWords</name>
    <message>
        <source>Shop name</source>
        <translation>Nombre del negocio</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Phone region</source>
        <translation>Región telefónica</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Points are earned</source>
        <translation>Forma de ganar puntos</translation>
    </message>
    <message>
        <source>Points per visit</source>
        <translation>Puntos por visita</translation>
    </message>
    <message>
        <source>Spend for 1 point</source>
        <translation>Gasto para 1 punto</translation>
    </message>
    <message>
        <source>Points per item</source>
        <translation>Puntos por artículo</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Niveles</translation>
    </message>
    <message>
        <source>Points expire after</source>
        <translation>Caducidad de los puntos</translation>
    </message>
    <message>
        <source>Time between check-ins</source>
        <translation>Tiempo entre visitas</translation>
    </message>
    <message>
        <source>Birthday bonus</source>
        <translation>Bono de cumpleaños</translation>
    </message>
    <message>
        <source>Value of 1 point</source>
        <translation>Valor de 1 punto</translation>
    </message>
    <message>
        <source>Cashiers may void for</source>
        <translation>Plazo de anulación de los cajeros</translation>
    </message>
    <message>
        <source>Largest usual purchase</source>
        <translation>Compra habitual más grande</translation>
    </message>
    <message>
        <source>for money spent</source>
        <translation>por importe gastado</translation>
    </message>
    <message>
        <source>per visit</source>
        <translation>por visita</translation>
    </message>
    <message>
        <source>per item bought</source>
        <translation>por artículo comprado</translation>
    </message>
    <message>
        <source>the default, %1</source>
        <translation>el valor predeterminado, %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>paying with points is off</source>
        <translation>el pago con puntos está desactivado</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln punto</numerusform>
            <numerusform>%Ln puntos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>%Ln mes</numerusform>
            <numerusform>%Ln meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln minuto</numerusform>
            <numerusform>%Ln minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 desde %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>SetupForm</name>
    <message>
        <source>e.g. Kopi &amp; Co.</source>
        <translation>p. ej., Café &amp; Co.</translation>
    </message>
    <message>
        <source>e.g. Free coffee</source>
        <translation>p. ej., Café gratis</translation>
    </message>
    <message>
        <source>points</source>
        <translation>puntos</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Nombre del negocio</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Phone numbers are from</source>
        <translation>Los teléfonos son de</translation>
    </message>
    <message>
        <source>Numbers typed without a country code are read as this country&apos;s.</source>
        <translation>Los números escritos sin prefijo de país se leen como de este país.</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>First reward</source>
        <translation>Primera recompensa</translation>
    </message>
    <message>
        <source>It costs</source>
        <translation>Cuesta</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <source>Your PIN (4 to 8 digits)</source>
        <translation>Tu PIN (de 4 a 8 cifras)</translation>
    </message>
    <message>
        <source>The PIN again</source>
        <translation>Repite el PIN</translation>
    </message>
    <message>
        <source>Your shop</source>
        <translation>Tu negocio</translation>
    </message>
    <message>
        <source>How customers earn points</source>
        <translation>Cómo ganan puntos los clientes</translation>
    </message>
    <message>
        <source>Rates, tiers and expiry can be changed later in Settings.</source>
        <translation>Las tarifas, los niveles y la caducidad se pueden cambiar después en Ajustes.</translation>
    </message>
    <message>
        <source>The first reward</source>
        <translation>La primera recompensa</translation>
    </message>
    <message>
        <source>The owner</source>
        <translation>El propietario</translation>
    </message>
    <message>
        <source>Type the shop&apos;s name.</source>
        <translation>Escribe el nombre del negocio.</translation>
    </message>
    <message>
        <source>Type a three-letter code such as MYR or EUR.</source>
        <translation>Escribe un código de tres letras, como MYR o EUR.</translation>
    </message>
    <message>
        <source>Pick a time zone from the list.</source>
        <translation>Elige una zona horaria de la lista.</translation>
    </message>
    <message>
        <source>Name one reward, such as a free coffee.</source>
        <translation>Indica una recompensa, por ejemplo un café gratis.</translation>
    </message>
    <message>
        <source>Type your name.</source>
        <translation>Escribe tu nombre.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>El PIN debe tener de 4 a 8 cifras.</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>Los dos PIN no coinciden.</translation>
    </message>
    <message>
        <source>1 point for every %1 spent: a purchase of %2 earns 25 points.</source>
        <translation>1 punto por cada %1 gastado: una compra de %2 da 25 puntos.</translation>
    </message>
    <message>
        <source>1 point for every visit, whatever was bought: 10 visits earn 10 points.</source>
        <translation>1 punto por cada visita, compre lo que compre: 10 visitas dan 10 puntos.</translation>
    </message>
    <message>
        <source>1 point for every item bought (cups, stamps…): 3 coffees earn 3 points.</source>
        <translation>1 punto por cada artículo comprado (tazas, sellos…): 3 cafés dan 3 puntos.</translation>
    </message>
    <message>
        <source>By money spent</source>
        <translation>Por importe gastado</translation>
    </message>
    <message>
        <source>By visit</source>
        <translation>Por visita</translation>
    </message>
    <message>
        <source>By item</source>
        <translation>Por artículo</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Welcome! Let&apos;s set up your shop</source>
        <translation>¡Hola! Vamos a configurar tu negocio</translation>
    </message>
    <message>
        <source>Four short parts. Everything except your PIN can be changed later.</source>
        <translation>Cuatro pasos cortos. Todo menos tu PIN se puede cambiar después.</translation>
    </message>
    <message>
        <source>Try the demo shop first →</source>
        <translation>Probar antes el negocio de prueba →</translation>
    </message>
    <message>
        <source>Opens a made-up café in its own window and database. Your shop stays empty.</source>
        <translation>Abre una cafetería inventada en su propia ventana y base de datos. Tu negocio sigue vacío.</translation>
    </message>
    <message>
        <source>Create my shop</source>
        <translation>Crear mi negocio</translation>
    </message>
    <message>
        <source>%1 is ready</source>
        <translation>%1 está listo</translation>
    </message>
    <message>
        <source>You are signed in as the owner. Two optional next steps, or start at the counter now (F10 opens the owner pages any time):</source>
        <translation>Has iniciado sesión como propietario. Dos pasos opcionales, o empieza ya en el mostrador (F10 abre las páginas del propietario en cualquier momento):</translation>
    </message>
    <message>
        <source>Import customers from a CSV</source>
        <translation>Importar clientes desde un CSV</translation>
    </message>
    <message>
        <source>Add a cashier</source>
        <translation>Añadir un cajero</translation>
    </message>
    <message>
        <source>Start at the counter</source>
        <translation>Empezar en el mostrador</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Type your PIN and press Enter</source>
        <translation>Escribe tu PIN y pulsa Enter</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cajero</translation>
    </message>
    <message>
        <source>Add staff</source>
        <translation>Añadir empleado</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar a %1</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the staff member</source>
        <translation>Guardar el empleado</translation>
    </message>
    <message>
        <source>For example: Ana Lim</source>
        <translation>Por ejemplo: Ana López</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Owners may open these pages; cashiers may not.</source>
        <translation>Los propietarios pueden abrir estas páginas; los cajeros no.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>PIN nuevo</translation>
    </message>
    <message>
        <source>4 to 8 digits.</source>
        <translation>De 4 a 8 cifras.</translation>
    </message>
    <message>
        <source>Leave empty to keep the PIN.</source>
        <translation>Déjalo vacío para mantener el PIN.</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>Repite el PIN</translation>
    </message>
    <message>
        <source>Type the person&apos;s name.</source>
        <translation>Escribe el nombre de la persona.</translation>
    </message>
    <message>
        <source>A name is at most %1 characters.</source>
        <translation>Un nombre tiene como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>El PIN debe tener de 4 a 8 cifras.</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>Los dos PIN no coinciden.</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Add staff</source>
        <translation>Añadir empleado</translation>
    </message>
    <message>
        <source>Add a staff member (Ctrl+N)</source>
        <translation>Añadir un empleado (Ctrl+N)</translation>
    </message>
    <message>
        <source>Role or PIN</source>
        <translation>Rol o PIN</translation>
    </message>
    <message>
        <source>Change role or PIN (Enter)</source>
        <translation>Cambiar rol o PIN (Enter)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Dar de baja</translation>
    </message>
    <message>
        <source>Remove from the staff</source>
        <translation>Dar de baja del personal</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source> (you)</source>
        <translation> (tú)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Can sign in</source>
        <translation>Puede iniciar sesión</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>De baja</translation>
    </message>
    <message>
        <source>Search staff by name</source>
        <translation>Buscar personal por nombre</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>No staff found.</source>
        <translation>No se ha encontrado a nadie.</translation>
    </message>
    <message>
        <source>Everyone signs in with their own PIN. Five wrong PINs in a row lock sign-in at that till for a minute.</source>
        <translation>Cada persona inicia sesión con su propio PIN. Cinco PIN incorrectos seguidos bloquean el inicio de sesión en esa caja durante un minuto.</translation>
    </message>
    <message>
        <source>No one on the staff is called “%1”.</source>
        <translation>Nadie del personal se llama «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln persona</numerusform>
            <numerusform>%Ln personas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 can sign in</source>
        <translation>%1 · %2 pueden iniciar sesión</translation>
    </message>
    <message>
        <source>%1 can now sign in with their PIN.</source>
        <translation>%1 ya puede iniciar sesión con su PIN.</translation>
    </message>
    <message>
        <source>%1 was removed and cannot sign in any more.</source>
        <translation>%1 se ha dado de baja y ya no puede iniciar sesión.</translation>
    </message>
    <message>
        <source>%1: role and PIN changed.</source>
        <translation>%1: rol y PIN cambiados.</translation>
    </message>
    <message>
        <source>%1: PIN changed. The old PIN no longer works.</source>
        <translation>%1: PIN cambiado. El PIN anterior ya no funciona.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 ahora es %2.</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>¿Dar de baja a %1?</translation>
    </message>
    <message>
        <source>%1 will no longer be able to sign in. The history and the audit log keep their name. This cannot be undone here: to let them back in, add them again with a new PIN.</source>
        <translation>%1 ya no podrá iniciar sesión. El historial y el registro de auditoría conservan su nombre. Esto no se puede deshacer aquí: para que vuelva a entrar, añádelo otra vez con un PIN nuevo.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Dar de baja a %1</translation>
    </message>
    <message>
        <source>%1 was removed and can no longer sign in.</source>
        <translation>%1 se ha dado de baja y ya no puede iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>StampRow</name>
    <message>
        <source>Progress to the next reward</source>
        <translation>Progreso hacia la próxima recompensa</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>Database: shared server</source>
        <translation>Base de datos: servidor compartido</translation>
    </message>
    <message>
        <source>Camera: off</source>
        <translation>Cámara: apagada</translation>
    </message>
    <message>
        <source>Sync: off</source>
        <translation>Sincronización: desactivada</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Sin sesión iniciada</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>propietario</translation>
    </message>
    <message>
        <source>cashier</source>
        <translation>cajero</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 pendientes</translation>
    </message>
    <message>
        <source> · %1 for the owner</source>
        <translation> · %1 para el propietario</translation>
    </message>
    <message>
        <source>Sync: paused — the owner must check the key (Sync page)</source>
        <translation>Sincronización: en pausa; el propietario debe revisar la clave (página Sincronización)</translation>
    </message>
    <message>
        <source>Sync: offline · %1</source>
        <translation>Sincronización: sin conexión · %1</translation>
    </message>
    <message>
        <source>Sync: online · %1 · last sent %2</source>
        <translation>Sincronización: conectada · %1 · último envío %2</translation>
    </message>
    <message>
        <source>Sync: online · %1</source>
        <translation>Sincronización: conectada · %1</translation>
    </message>
</context>
<context>
    <name>SyncDifferences</name>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Cliente %1</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Aquí</translation>
    </message>
    <message>
        <source>At %1</source>
        <translation>En %1</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>When read</source>
        <translation>Cuándo se leyó</translation>
    </message>
    <message>
        <source>Balances that differ</source>
        <translation>Saldos distintos</translation>
    </message>
    <message>
        <source>No differences: every balance read at the service matched this shop&apos;s.</source>
        <translation>Sin diferencias: todos los saldos leídos en el servicio coincidían con los de este negocio.</translation>
    </message>
    <message>
        <source>When a balance was read at %1, it was not the one here (less what was still waiting to be sent). Nothing was changed on either side: correct it here or at %1.</source>
        <translation>Al leer un saldo en %1, no coincidía con el de aquí (descontando lo que aún estaba pendiente de enviar). No se ha cambiado nada en ningún lado: corrígelo aquí o en %1.</translation>
    </message>
    <message numerus="yes">
        <source>Check-in, %1 point(s)</source>
        <translation>
            <numerusform>Visita, %1 punto</numerusform>
            <numerusform>Visita, %1 puntos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Redemption, %1 point(s)</source>
        <translation>
            <numerusform>Canje, %1 punto</numerusform>
            <numerusform>Canje, %1 puntos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adjustment, %1 point(s)</source>
        <translation>
            <numerusform>Ajuste, %1 punto</numerusform>
            <numerusform>Ajuste, %1 puntos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Void, %1 point(s)</source>
        <translation>
            <numerusform>Anulación, %1 punto</numerusform>
            <numerusform>Anulación, %1 puntos</numerusform>
        </translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Cliente nuevo</translation>
    </message>
    <message>
        <source>Voucher used</source>
        <translation>Vale usado</translation>
    </message>
    <message>
        <source>Voucher batch</source>
        <translation>Lote de vales</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>SyncForm</name>
    <message>
        <source>KiriMel Loyalty</source>
        <translation>KiriMel Loyalty</translation>
    </message>
    <message>
        <source>Fidelización POS API</source>
        <translation>Fidelización POS API</translation>
    </message>
    <message>
        <source>Loyalty+</source>
        <translation>Loyalty+</translation>
    </message>
    <message>
        <source>Cata</source>
        <translation>Cata</translation>
    </message>
    <message>
        <source>Site code</source>
        <translation>Código de sitio</translation>
    </message>
    <message>
        <source>Source type</source>
        <translation>Tipo de origen</translation>
    </message>
    <message>
        <source>Source name</source>
        <translation>Nombre de origen</translation>
    </message>
    <message>
        <source>Branch ID</source>
        <translation>ID de sucursal</translation>
    </message>
    <message>
        <source>Till ID (POS ID)</source>
        <translation>ID de caja (ID de TPV)</translation>
    </message>
    <message>
        <source>Who counts the points</source>
        <translation>Quién lleva la cuenta de los puntos</translation>
    </message>
    <message>
        <source>Store ID</source>
        <translation>ID de tienda</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>API secret</source>
        <translation>Secreto de API</translation>
    </message>
    <message>
        <source>Owner token (optional)</source>
        <translation>Token del propietario (opcional)</translation>
    </message>
    <message>
        <source>Loyalty service</source>
        <translation>Servicio de fidelización</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>As the service says</source>
        <translation>Según indique el servicio</translation>
    </message>
    <message>
        <source>Address (base URL)</source>
        <translation>Dirección (URL base)</translation>
    </message>
    <message>
        <source>As your service&apos;s documentation gives it, for example https://yourshop.example/api/loyalty.</source>
        <translation>Tal como aparece en la documentación de tu servicio, por ejemplo https://yourshop.example/api/loyalty.</translation>
    </message>
    <message>
        <source>Most calls a minute</source>
        <translation>Máximo de llamadas por minuto</translation>
    </message>
    <message>
        <source>Leave empty to follow the limit the service announces.</source>
        <translation>Déjalo vacío para seguir el límite que indique el servicio.</translation>
    </message>
    <message>
        <source>Kept in the system keyring</source>
        <translation>Se guarda en el llavero del sistema</translation>
    </message>
    <message>
        <source>Type a whole number above 0.</source>
        <translation>Escribe un número entero mayor que 0.</translation>
    </message>
    <message>
        <source>Check the number of calls a minute.</source>
        <translation>Revisa el número de llamadas por minuto.</translation>
    </message>
    <message>
        <source>Type the service&apos;s address.</source>
        <translation>Escribe la dirección del servicio.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Save and connect</source>
        <translation>Guardar y conectar</translation>
    </message>
    <message>
        <source>Save the setup</source>
        <translation>Guardar la configuración</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Ask the service who we are</source>
        <translation>Preguntar al servicio quiénes somos</translation>
    </message>
    <message>
        <source>Stop syncing</source>
        <translation>Dejar de sincronizar</translation>
    </message>
    <message>
        <source>Stop sending to the service</source>
        <translation>Dejar de enviar al servicio</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Send the queue again</source>
        <translation>Volver a enviar la cola</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>The shop</source>
        <translation>El negocio</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>The service said</source>
        <translation>Respuesta del servicio</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Sync problems</source>
        <translation>Problemas de sincronización</translation>
    </message>
    <message>
        <source>No problems: everything the service refused would be listed here.</source>
        <translation>Sin problemas: aquí aparecería todo lo que el servicio rechace.</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Reenviar</translation>
    </message>
    <message>
        <source>Send the selected one again</source>
        <translation>Volver a enviar lo seleccionado</translation>
    </message>
    <message>
        <source>Dismiss…</source>
        <translation>Descartar…</translation>
    </message>
    <message>
        <source>Never send the selected one</source>
        <translation>No enviar nunca lo seleccionado</translation>
    </message>
    <message>
        <source>the service</source>
        <translation>el servicio</translation>
    </message>
    <message>
        <source>Balances that differ</source>
        <translation>Saldos distintos</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Send check-ins, redemptions and new customers to your hosted loyalty service. The counter keeps working without the internet: what waits is sent, in order, when the service can be reached again.</source>
        <translation>Envía las visitas, los canjes y los clientes nuevos a tu servicio de fidelización en línea. El mostrador sigue funcionando sin internet: lo pendiente se envía, en orden, cuando se vuelve a conectar con el servicio.</translation>
    </message>
    <message>
        <source>Connected to %1. New check-ins are sent from now on; earlier history stays here.</source>
        <translation>Conectado a %1. Las nuevas visitas se envían a partir de ahora; el historial anterior se queda aquí.</translation>
    </message>
    <message>
        <source>Saved, but this computer has no keyring to keep the key: set LOYALTYDESK_API_KEY (and LOYALTYDESK_API_SECRET) for the app instead.</source>
        <translation>Guardado, pero este ordenador no tiene llavero para guardar la clave: define LOYALTYDESK_API_KEY (y LOYALTYDESK_API_SECRET) para la aplicación.</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Preguntando a %1…</translation>
    </message>
    <message>
        <source>The service answered: %1</source>
        <translation>Respuesta del servicio: %1</translation>
    </message>
    <message>
        <source>Stop syncing?</source>
        <translation>¿Dejar de sincronizar?</translation>
    </message>
    <message>
        <source>Nothing more is sent to %1. What is already waiting stays in the queue and goes if you connect again.</source>
        <translation>No se envía nada más a %1. Lo que ya está pendiente se queda en la cola y se envía si vuelves a conectar.</translation>
    </message>
    <message>
        <source>Sync is off.</source>
        <translation>La sincronización está desactivada.</translation>
    </message>
    <message>
        <source>Sending again.</source>
        <translation>Reenviando.</translation>
    </message>
    <message>
        <source>It goes again with the next sending.</source>
        <translation>Se volverá a enviar en el próximo envío.</translation>
    </message>
    <message>
        <source>Dismissed. It will not be sent; the reason is in the audit log.</source>
        <translation>Descartado. No se enviará; el motivo está en el registro de auditoría.</translation>
    </message>
    <message>
        <source>The service refused the key or the account: %1</source>
        <translation>El servicio ha rechazado la clave o la cuenta: %1</translation>
    </message>
    <message>
        <source>The service cannot be reached now: %1</source>
        <translation>Ahora no se puede conectar con el servicio: %1</translation>
    </message>
    <message>
        <source>The service said no: %1</source>
        <translation>El servicio lo ha rechazado: %1</translation>
    </message>
    <message>
        <source>Not connected: nothing is queued.</source>
        <translation>No conectado: no hay nada en cola.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>%Ln problema</numerusform>
            <numerusform>%Ln problemas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 waiting to be sent</source>
        <translation>%1 pendientes de enviar</translation>
    </message>
    <message>
        <source>the oldest from %1</source>
        <translation>el más antiguo del %1</translation>
    </message>
    <message>
        <source>last sent %1</source>
        <translation>último envío: %1</translation>
    </message>
    <message>
        <source>nothing sent yet</source>
        <translation>aún no se ha enviado nada</translation>
    </message>
    <message>
        <source>Sending is paused: the service refused the key or the account (%1: %2). Check the key, save it, then press Resume.</source>
        <translation>El envío está en pausa: el servicio rechazó la clave o la cuenta (%1: %2). Revisa la clave, guárdala y pulsa Reanudar.</translation>
    </message>
    <message>
        <source>This computer has no keyring, so keys typed here cannot be kept. Start the app with LOYALTYDESK_API_KEY, LOYALTYDESK_API_SECRET and LOYALTYDESK_API_TOKEN set instead.</source>
        <translation>Este ordenador no tiene llavero, así que las claves escritas aquí no se pueden guardar. Inicia la aplicación con LOYALTYDESK_API_KEY, LOYALTYDESK_API_SECRET y LOYALTYDESK_API_TOKEN definidas.</translation>
    </message>
</context>
<context>
    <name>TierModel</name>
    <message>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>From spend (%1)</source>
        <translation>Gasto mínimo (%1)</translation>
    </message>
    <message>
        <source>Points ×</source>
        <translation>Puntos ×</translation>
    </message>
    <message>
        <source>Tier %1 needs a name.</source>
        <translation>El nivel %1 necesita un nombre.</translation>
    </message>
    <message>
        <source>Type %1&apos;s qualifying spend as a number, like 500.</source>
        <translation>Escribe el gasto necesario para %1 como número, por ejemplo 500.</translation>
    </message>
    <message>
        <source>Type %1&apos;s multiplier as a number, like 1.5.</source>
        <translation>Escribe el multiplicador de %1 como número, por ejemplo 1,5.</translation>
    </message>
</context>
<context>
    <name>TiersEditor</name>
    <message>
        <source>Tiers</source>
        <translation>Niveles</translation>
    </message>
    <message>
        <source>Add tier</source>
        <translation>Añadir nivel</translation>
    </message>
    <message>
        <source>Add a tier</source>
        <translation>Añadir un nivel</translation>
    </message>
    <message>
        <source>Remove tier</source>
        <translation>Quitar nivel</translation>
    </message>
    <message>
        <source>Remove the selected tier</source>
        <translation>Quitar el nivel seleccionado</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <source>Void transaction</source>
        <translation>Anular operación</translation>
    </message>
    <message>
        <source>Void %1? The points go back as they were.</source>
        <translation>¿Anular %1? Los puntos vuelven a como estaban.</translation>
    </message>
    <message>
        <source>e.g. wrong customer</source>
        <translation>p. ej., cliente equivocado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Owner PIN</source>
        <translation>PIN de propietario</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Anular</translation>
    </message>
</context>
<context>
    <name>VoucherActions</name>
    <message>
        <source>Purchase amount</source>
        <translation>Importe de la compra</translation>
    </message>
    <message>
        <source>Enter = see the discount, then Enter again to redeem</source>
        <translation>Enter = ver el descuento; Enter otra vez para canjear</translation>
    </message>
    <message>
        <source>Apply voucher</source>
        <translation>Aplicar vale</translation>
    </message>
</context>
<context>
    <name>VoucherBatchDetail</name>
    <message>
        <source>← All batches</source>
        <translation>← Todos los lotes</translation>
    </message>
    <message>
        <source>Back to all batches</source>
        <translation>Volver a todos los lotes</translation>
    </message>
    <message>
        <source>Find a code</source>
        <translation>Buscar un código</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Voucher codes</source>
        <translation>Códigos de vales</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Códigos</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Anular</translation>
    </message>
    <message>
        <source>Reason (needed to void)</source>
        <translation>Motivo (necesario para anular)</translation>
    </message>
    <message>
        <source>e.g. printed with the wrong dates</source>
        <translation>p. ej., impresos con fechas erróneas</translation>
    </message>
    <message>
        <source>Reason for voiding</source>
        <translation>Motivo de la anulación</translation>
    </message>
    <message>
        <source>Void the selected code</source>
        <translation>Anular el código seleccionado</translation>
    </message>
    <message>
        <source>Void the whole batch</source>
        <translation>Anular todo el lote</translation>
    </message>
    <message>
        <source> (void)</source>
        <translation> (anulado)</translation>
    </message>
    <message>
        <source>Waiting for %1&apos;s codes…</source>
        <translation>Esperando los códigos de %1…</translation>
    </message>
    <message>
        <source>No code matches what you typed.</source>
        <translation>Ningún código coincide con lo que has escrito.</translation>
    </message>
    <message>
        <source>%1&apos;s codes have arrived: the batch is ready to print.</source>
        <translation>Han llegado los códigos de %1: el lote está listo para imprimir.</translation>
    </message>
    <message>
        <source>Codes shown: %1 of %2</source>
        <translation>Códigos mostrados: %1 de %2</translation>
    </message>
    <message>
        <source>Void every unused voucher of “%2” (%1 in all)? They will be refused at the counter. Redeemed vouchers (%3) stay redeemed. This cannot be undone.</source>
        <translation>¿Anular todos los vales sin usar de «%2» (%1 en total)? Se rechazarán en el mostrador. Los vales canjeados (%3) siguen canjeados. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Void batch</source>
        <translation>Anular lote</translation>
    </message>
    <message>
        <source>The batch is void.</source>
        <translation>El lote está anulado.</translation>
    </message>
    <message>
        <source>Void voucher %1? It will be refused at the counter. This cannot be undone.</source>
        <translation>¿Anular el vale %1? Se rechazará en el mostrador. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Void voucher</source>
        <translation>Anular vale</translation>
    </message>
    <message>
        <source>Voucher %1 is void.</source>
        <translation>El vale %1 está anulado.</translation>
    </message>
</context>
<context>
    <name>VoucherBatchDialog</name>
    <message>
        <source>New voucher batch</source>
        <translation>Nuevo lote de vales</translation>
    </message>
    <message>
        <source>e.g. Opening week</source>
        <translation>p. ej., Semana de inauguración</translation>
    </message>
    <message>
        <source>Batch name</source>
        <translation>Nombre del lote</translation>
    </message>
    <message>
        <source>Kind of voucher</source>
        <translation>Tipo de vale</translation>
    </message>
    <message>
        <source>Percent off</source>
        <translation>Descuento en %</translation>
    </message>
    <message>
        <source>Money off</source>
        <translation>Descuento fijo</translation>
    </message>
    <message>
        <source>Buy one, get one free</source>
        <translation>2x1</translation>
    </message>
    <message>
        <source>e.g. Buy one coffee, get a second free</source>
        <translation>p. ej., Compra un café y llévate otro gratis</translation>
    </message>
    <message>
        <source>What the customer gets</source>
        <translation>Qué recibe el cliente</translation>
    </message>
    <message>
        <source> vouchers</source>
        <translation> vales</translation>
    </message>
    <message>
        <source>How many vouchers</source>
        <translation>Cuántos vales</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Válido desde</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <source>Minimum purchase</source>
        <translation>Compra mínima</translation>
    </message>
    <message>
        <source>No minimum</source>
        <translation>Sin mínimo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>How many (1 to 1,000)</source>
        <translation>Cuántos (de 1 a 1000)</translation>
    </message>
    <message>
        <source>Valid until (the whole day)</source>
        <translation>Válido hasta (todo el día)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Create vouchers</source>
        <translation>Crear vales</translation>
    </message>
    <message>
        <source>Give the batch a name.</source>
        <translation>Ponle un nombre al lote.</translation>
    </message>
    <message>
        <source>Make at least 1 voucher.</source>
        <translation>Crea al menos 1 vale.</translation>
    </message>
    <message>
        <source>Type how many percent off, above 0.</source>
        <translation>Escribe el porcentaje de descuento (más de 0).</translation>
    </message>
    <message>
        <source>Type how much money off, above 0.</source>
        <translation>Escribe el importe de descuento (más de 0).</translation>
    </message>
    <message>
        <source>The last valid day is before the first.</source>
        <translation>El último día válido es anterior al primero.</translation>
    </message>
    <message>
        <source>The last valid day has already passed.</source>
        <translation>El último día válido ya ha pasado.</translation>
    </message>
    <message>
        <source>Discard this batch?</source>
        <translation>¿Descartar este lote?</translation>
    </message>
    <message>
        <source>The new batch has not been created. Close the form and lose what you typed?</source>
        <translation>El nuevo lote no se ha creado. ¿Cerrar el formulario y perder lo que has escrito?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Money off (%1)</source>
        <translation>Descuento fijo (%1)</translation>
    </message>
    <message>
        <source>What the customer gets (optional)</source>
        <translation>Qué recibe el cliente (opcional)</translation>
    </message>
</context>
<context>
    <name>VoucherCard</name>
    <message>
        <source>Valid</source>
        <translation>Válido</translation>
    </message>
    <message>
        <source>Not valid yet — from %1</source>
        <translation>Aún no es válido: desde el %1</translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>Caducó el %1</translation>
    </message>
    <message>
        <source>Already redeemed on %1 at %2 by %3</source>
        <translation>Ya canjeado el %1, %2, por %3</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>%1 off</source>
        <translation>%1 de descuento</translation>
    </message>
    <message>
        <source>%1% off</source>
        <translation>%1 % de descuento</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Vale</translation>
    </message>
    <message>
        <source>Voucher benefit</source>
        <translation>Ventaja del vale</translation>
    </message>
    <message>
        <source>Voucher state</source>
        <translation>Estado del vale</translation>
    </message>
    <message>
        <source>Who uses the voucher</source>
        <translation>Quién usa el vale</translation>
    </message>
    <message>
        <source>Valid %1 – %2</source>
        <translation>Válido del %1 al %2</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Válido hasta el %1</translation>
    </message>
    <message>
        <source>Valid from %1</source>
        <translation>Válido desde el %1</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>Sin fecha de fin</translation>
    </message>
    <message>
        <source>Minimum purchase %1</source>
        <translation>Compra mínima %1</translation>
    </message>
</context>
<context>
    <name>VoucherPrintCard</name>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Vouchers across</source>
        <translation>Vales a lo ancho</translation>
    </message>
    <message>
        <source>Vouchers down</source>
        <translation>Vales a lo alto</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Vista previa…</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Vista previa de impresión</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>Export codes as CSV…</source>
        <translation>Exportar códigos a CSV…</translation>
    </message>
    <message>
        <source>Export codes as CSV</source>
        <translation>Exportar códigos a CSV</translation>
    </message>
    <message>
        <source>Print and export</source>
        <translation>Imprimir y exportar</translation>
    </message>
    <message>
        <source>Across</source>
        <translation>A lo ancho</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>A lo alto</translation>
    </message>
    <message>
        <source>Per page: %1 · vouchers to print: %2 · pages: %3</source>
        <translation>Por página: %1 · vales para imprimir: %2 · páginas: %3</translation>
    </message>
    <message>
        <source>Per page: %1 · nothing to print: no unused vouchers.</source>
        <translation>Por página: %1 · nada que imprimir: no hay vales sin usar.</translation>
    </message>
    <message>
        <source>Waiting for %1&apos;s codes… The sheets print once they arrive; this page updates by itself.</source>
        <translation>Esperando los códigos de %1… Las hojas se imprimen cuando lleguen; esta página se actualiza sola.</translation>
    </message>
    <message>
        <source>%1 refused this batch, so it has no codes to print. See Sync problems on the Sync page.</source>
        <translation>%1 ha rechazado este lote, así que no tiene códigos para imprimir. Consulta Problemas de sincronización en la página Sincronización.</translation>
    </message>
    <message>
        <source>Cancelled. No PDF was saved.</source>
        <translation>Cancelado. No se ha guardado ningún PDF.</translation>
    </message>
    <message>
        <source>PDF saved as %3 (vouchers: %1, pages: %2).</source>
        <translation>PDF guardado como %3 (vales: %1, páginas: %2).</translation>
    </message>
    <message>
        <source>Saving the vouchers as PDF</source>
        <translation>Guardando los vales como PDF</translation>
    </message>
    <message>
        <source>Codes exported to %2 (rows: %1).</source>
        <translation>Códigos exportados a %2 (filas: %1).</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export codes</source>
        <translation>Exportar códigos</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>VoucherSheet</name>
    <message>
        <source>Minimum purchase {amount}</source>
        <extracomment>Symbols printed for common shop currencies; any other prints its ISO code.</extracomment>
        <translation>Compra mínima {amount}</translation>
    </message>
    <message>
        <source>Vouchers – {shop}</source>
        <translation>Vales – {shop}</translation>
    </message>
    <message>
        <source>{amount} off</source>
        <translation>{amount} de descuento</translation>
    </message>
    <message>
        <source>{percent} off</source>
        <translation>{percent} de descuento</translation>
    </message>
    <message>
        <source>Free {item}</source>
        <translation>{item} gratis</translation>
    </message>
    <message>
        <source>Valid {start} – {end}</source>
        <translation>Válido del {start} al {end}</translation>
    </message>
    <message>
        <source>Valid until {date}</source>
        <translation>Válido hasta el {date}</translation>
    </message>
    <message>
        <source>Valid from {date}</source>
        <translation>Válido desde el {date}</translation>
    </message>
</context>
<context>
    <name>VoucherWords</name>
    <message>
        <source>Percent off</source>
        <translation>Descuento en %</translation>
    </message>
    <message>
        <source>Money off</source>
        <translation>Descuento fijo</translation>
    </message>
    <message>
        <source>Buy one, get one</source>
        <translation>2x1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>hasta el %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde el %1</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>sin fecha de fin</translation>
    </message>
    <message>
        <source>valid %1</source>
        <translation>válido %1</translation>
    </message>
    <message>
        <source>minimum purchase %1</source>
        <translation>compra mínima %1</translation>
    </message>
    <message>
        <source>voided on %1</source>
        <translation>anulado el %1</translation>
    </message>
    <message>
        <source>Made: %1 · redeemed: %2 · void: %3 · expired: %4 · can still be used: %5</source>
        <translation>Creados: %1 · canjeados: %2 · anulados: %3 · caducados: %4 · aún utilizables: %5</translation>
    </message>
</context>
<context>
    <name>VouchersPage</name>
    <message>
        <source>Vouchers</source>
        <translation>Vales</translation>
    </message>
    <message>
        <source>Search batches by name or offer</source>
        <translation>Buscar lotes por nombre u oferta</translation>
    </message>
    <message>
        <source>Search voucher batches</source>
        <translation>Buscar lotes de vales</translation>
    </message>
    <message>
        <source>Create a batch…</source>
        <translation>Crear un lote…</translation>
    </message>
    <message>
        <source>Create a voucher batch</source>
        <translation>Crear un lote de vales</translation>
    </message>
    <message>
        <source>Voucher batches</source>
        <translation>Lotes de vales</translation>
    </message>
    <message>
        <source>No vouchers yet — create a batch</source>
        <translation>Aún no hay vales: crea un lote</translation>
    </message>
    <message>
        <source>Double-click a batch, or select it and press Enter, to open it.</source>
        <translation>Para abrir un lote, haz doble clic en él o selecciónalo y pulsa Enter.</translation>
    </message>
    <message>
        <source> (void)</source>
        <translation> (anulado)</translation>
    </message>
    <message>
        <source> (waiting for %1&apos;s codes)</source>
        <translation> (esperando los códigos de %1)</translation>
    </message>
    <message>
        <source> (refused by %1)</source>
        <translation> (rechazado por %1)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Validez</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Creados</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Canjeados</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Anulados</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducados</translation>
    </message>
    <message>
        <source>No batch matches “%1”.</source>
        <translation>Ningún lote coincide con «%1».</translation>
    </message>
    <message>
        <source>Batches: %1 of %2</source>
        <translation>Lotes: %1 de %2</translation>
    </message>
    <message>
        <source>Batches: %1</source>
        <translation>Lotes: %1</translation>
    </message>
    <message>
        <source>Batch “%2” created. Vouchers: %1.</source>
        <translation>Lote «%2» creado. Vales: %1.</translation>
    </message>
    <message>
        <source>%1 makes their codes: they are printed once they arrive.</source>
        <translation>%1 genera los códigos: se imprimen cuando lleguen.</translation>
    </message>
</context>
<context>
    <name>WholeNumberEdit</name>
    <message>
        <source>Type a whole number from %1 to %2.</source>
        <translation>Escribe un número entero del %1 al %2.</translation>
    </message>
</context>
</TS>
