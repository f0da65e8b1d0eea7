package vn.safeschool.demo;

import java.util.List;

/** Name pools for plausible Gia Lai institutions. */
final class GiaLaiNames {

    record District(String code, String name, String kindOfPlace, int institutions, double lag) {
    }

    /** The 17 district-level units of 2021, with how many institutions each gets and how much they lag. */
    static final List<District> DISTRICTS = List.of(
            new District("01", "Pleiku", "thành phố", 120, 0.00),
            new District("02", "An Khê", "thị xã", 40, 0.05),
            new District("03", "Ayun Pa", "thị xã", 30, 0.10),
            new District("04", "Chư Păh", "huyện", 50, 0.10),
            new District("05", "Chư Prông", "huyện", 71, 0.15),
            new District("06", "Chư Pưh", "huyện", 38, 0.20),
            new District("07", "Chư Sê", "huyện", 66, 0.25),
            new District("08", "Đak Đoa", "huyện", 55, 0.10),
            new District("09", "Đak Pơ", "huyện", 25, 0.05),
            new District("10", "Đức Cơ", "huyện", 42, 0.20),
            new District("11", "Ia Grai", "huyện", 50, 0.10),
            new District("12", "Ia Pa", "huyện", 32, 0.30),
            new District("13", "Kbang", "huyện", 45, 0.15),
            new District("14", "Kông Chro", "huyện", 35, 0.35),
            new District("15", "Krông Pa", "huyện", 48, 0.30),
            new District("16", "Mang Yang", "huyện", 40, 0.20),
            new District("17", "Phú Thiện", "huyện", 32, 0.15));

    static final int UPPER_SECONDARY_SCHOOLS = 48;
    static final int CONTINUING_EDUCATION_CENTRES = 15;

    static final List<String> PEOPLE = List.of(
            "Lê Lợi", "Nguyễn Du", "Trần Phú", "Lý Thường Kiệt", "Quang Trung", "Nguyễn Trãi", "Hùng Vương",
            "Lê Quý Đôn", "Chu Văn An", "Kim Đồng", "Võ Thị Sáu", "Nguyễn Văn Trỗi", "Trần Quốc Toản",
            "Phan Đình Phùng", "Ngô Quyền", "Lê Hồng Phong", "Nguyễn Thị Minh Khai", "Trần Hưng Đạo",
            "Hai Bà Trưng", "Đinh Tiên Hoàng", "Lý Tự Trọng", "Phan Bội Châu", "Phan Chu Trinh", "Nguyễn Huệ",
            "Võ Văn Tần", "Hoàng Hoa Thám", "Nguyễn Khuyến", "Tô Hiệu", "Nguyễn Bỉnh Khiêm", "Lương Thế Vinh",
            "Tôn Đức Thắng", "Nguyễn Chí Thanh", "Anh hùng Núp", "Anh hùng Wừu", "Kpă Klơng", "Nguyễn Viết Xuân",
            "Lê Văn Tám", "Bế Văn Đàn", "Phan Đăng Lưu", "Trần Quang Khải", "Nguyễn Đình Chiểu", "Võ Trường Toản",
            "Lê Thánh Tông", "Trần Bình Trọng", "Đoàn Thị Điểm", "Nguyễn Trường Tộ", "Huỳnh Thúc Kháng",
            "Mạc Đĩnh Chi", "Hoàng Văn Thụ", "Nguyễn Thái Học", "Lê Văn Sỹ", "Trần Cao Vân", "Phạm Hồng Thái",
            "Ngô Mây", "Y Đôn", "Hà Huy Tập", "Nguyễn Văn Cừ", "Lương Định Của", "Trưng Vương", "Cù Chính Lan");

    static final List<String> PRESCHOOLS = List.of(
            "Hoa Sen", "Hoa Mai", "Hoa Hồng", "Sơn Ca", "Họa Mi", "Vàng Anh", "Tuổi Thơ", "Măng Non",
            "Hướng Dương", "Bình Minh", "Hoa Ban", "Hoa Cúc", "Rạng Đông", "Sao Mai", "Thỏ Ngọc", "Tuổi Ngọc",
            "Búp Sen Hồng", "Hoa Lan", "Hoa Đào", "Ánh Dương", "Hoa Pơ Lang", "Ngọc Lan", "Hoa Phượng", "Sao Sáng",
            "Hoa Thủy Tiên", "Thiên Thần Nhỏ", "Hoa Dã Quỳ", "Bông Sen", "Hoa Trạng Nguyên", "Bé Ngoan", "Họa Mi Vàng",
            "Hoa Huệ", "Chim Non", "Ban Mai", "Hoa Sữa", "Tuổi Xanh");

    static final List<String> COMMUNES = List.of(
            "Ia Băng", "Ia Blang", "Ia Dêr", "Ia Hrú", "Ia Kênh", "Ia Kla", "Ia Kreng", "Ia Mơ Nông", "Ia Nhin",
            "Ia Phí", "Ia Pếch", "Ia Sao", "Ia Tô", "Ia Tiêm", "Ia Hla", "Ia Ly", "Ia Ko", "Ia Grăng", "Ia Lang",
            "Ia Dom", "Ia Dơk", "Ia Nan", "Ia Pnôn", "Ia Kriêng", "Đak Sơ Mei", "Đak Krong", "Kon Thụp", "Hà Bầu",
            "Hà Tam", "Nghĩa Hưng", "Chư Đang Ya", "Kông Htok", "Al Bá", "Bờ Ngoong", "Dun", "Hbông", "Ayun",
            "Kim Tân", "Chư Răng", "Pờ Tó", "Tơ Tung", "Sơn Lang", "Lơ Ku", "Yang Trung", "Đăk Pling", "Chơ Long");

    private GiaLaiNames() {
    }
}
