import Foundation

/// Chinese for the errno values a data directory meets. `strerror` answers in the C locale's
/// English whatever the interface language, so the Chinese interface says these itself.
enum SystemErrorText {
    static func chinese(_ code: Int32) -> String {
        switch code {
        case ENOENT: "没有那个文件或目录"
        case EACCES: "权限不够"
        case EPERM: "不允许的操作"
        case EEXIST: "文件已存在"
        case ENOTDIR: "不是目录"
        case EISDIR: "是一个目录"
        case ENOSPC: "设备上没有空间"
        case EDQUOT: "超出磁盘限额"
        case EROFS: "只读文件系统"
        case ELOOP: "符号链接的层数过多"
        case ENAMETOOLONG: "文件名过长"
        case EIO: "输入/输出错误"
        case EBUSY: "设备或资源忙"
        case EAGAIN: "资源暂时不可用"
        case EXDEV: "不能跨设备链接"
        case ENOMEM: "内存不足"
        case EMFILE, ENFILE: "打开的文件过多"
        case EBADF: "文件描述符无效"
        case EINVAL: "参数无效"
        case EINTR: "被信号中断"
        default: "系统错误 \(code)"
        }
    }
}
